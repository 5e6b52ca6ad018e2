-- Drives Neovim's built-in LSP client (0.7 API: start_client + buf_attach_client, which 0.8+ still has)
-- against `dossier lsp` and writes what the editor got to a JSON file for the C# test to assert.
-- Any error ends the run (with the error in the result when the arguments were read): never a Neovim left waiting.
local result = { diagnostics = {}, completion = {}, errors = {} }
local out

local function check()
  -- Vimscript has no true/false literals (E121), so snippet support comes as 1 or 0.
  local dossier, root, file, out_path, snippet_flag = unpack(vim.g.dossier_args)
  out = out_path
  local snippets = snippet_flag == 1

  -- Neovim's own capabilities, with snippet support as a snippet plugin would declare it (or not).
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.textDocument.completion.completionItem.snippetSupport = snippets

  local client_id = vim.lsp.start_client({
    name = 'dossier',
    cmd = { dossier, 'lsp', '--stdio' },
    root_dir = root,
    capabilities = capabilities,
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

  -- Field completion on the empty bullet "- ": insert "Job ID" as the editor would: a snippet is expanded by the
  -- snippet engine (here Neovim's own parser, which yields the text with placeholders at their defaults).
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if line == '- ' then
      vim.api.nvim_win_set_cursor(0, { i, 2 })
      local field = vim.lsp.buf_request_sync(0, 'textDocument/completion', vim.lsp.util.make_position_params(), 10000) or {}
      for _, response in pairs(field) do
        for _, item in ipairs(response.result and (response.result.items or response.result) or {}) do
          if item.label == 'Job ID' then
            result.insertTextFormat = item.insertTextFormat
            result.newText = item.textEdit.newText
            local edit = vim.deepcopy(item.textEdit)
            if item.insertTextFormat == 2 then edit.newText = vim.lsp.util.parse_snippet(edit.newText) end
            vim.lsp.util.apply_text_edits({ edit }, 0, 'utf-16')
            result.inserted = vim.api.nvim_buf_get_lines(0, i - 1, i, false)[1]
          end
        end
      end
    end
  end

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(check)
if not ok then
  table.insert(result.errors, tostring(err))
  io.stderr:write(tostring(err) .. '\n')
end
if out then vim.fn.writefile({ vim.fn.json_encode(result) }, out) end
vim.cmd('qa!')
