using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Output;

/// <summary>Indented UTF-8 JSON onto a <see cref="TextWriter"/>, ending with a newline.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
