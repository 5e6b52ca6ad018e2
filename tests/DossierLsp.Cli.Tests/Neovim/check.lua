-- Drives Neovim's built-in LSP client (0.7 API: start_client + buf_attach_client, which 0.8+ still has)
-- against `dossier lsp` and writes what the editor got to a JSON file for the C# test to assert.
local dossier, root, file, out = unpack(vim.g.dossier_args)
local result = { diagnostics = {}, completion = {}, errors = {} }

local client_id = vim.lsp.start_client({
  name = 'dossier',
  cmd = { dossier, 'lsp', '--stdio' },
  root_dir = root,
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'markdown'
vim.lsp.buf_attach_client(0, client_id)

local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then table.insert(result.errors, 'no diagnostics within 15 s') end
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(result.diagnostics, { line = d.lnum + 1, col = d.col + 1, severity = d.severity, code = d.code, message = d.message })
end

-- Completion on the Application Status value: the cursor goes right after "**Application Status**: ".
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
for i, line in ipairs(lines) do
  local s, e = line:find('%*%*Application Status%*%*: ')
  if s then vim.api.nvim_win_set_cursor(0, { i, e }) end
end
local params = vim.lsp.util.make_position_params()
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 10000) or {}
for _, response in pairs(responses) do
  if response.err then table.insert(result.errors, vim.inspect(response.err)) end
  local items = response.result and (response.result.items or response.result) or {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
