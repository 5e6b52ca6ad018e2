using System.Text;
using System.Text.Json;

namespace DossierLsp.Cli.Output;

/// <summary>Indented UTF-8 JSON onto a <see cref="TextWriter"/>, ending with a newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };
    private const int Utf8CodePage = 65001;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        // The writer escapes every character outside ASCII, so its bytes go as they are into a UTF-8 stream (stdout,
        // a report file): no detour through a string and the writer's encoder. (The console's UTF-8 is a wrapper
        // type, so the code page says it.)
        if (output is StreamWriter { Encoding.CodePage: Utf8CodePage } stream)
        {
            stream.Flush();
            using (var json = new Utf8JsonWriter(stream.BaseStream, Options))
            {
                write(json);
            }
            stream.WriteLine();
            return;
        }
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
