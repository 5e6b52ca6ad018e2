using System.Diagnostics;
using System.Text;
using DossierLsp.Core.Config;
using DossierLsp.Core.Text;
using DossierLsp.Server.Hosting;

namespace DossierLsp.Server.Tests.Hosting;

/// <summary>Every file the tool reads is a regular file, read no further than a cap checked before reading.</summary>
public sealed class BoundedFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdin")]
    public void Devices_are_refused_without_reading(string device)
    {
        var result = BoundedFileReader.Read(device, BoundedFileReader.MaxYamlBytes);
        Assert.Null(result!.Text);
        Assert.Contains("not a regular file", result.Error);
    }

    [Fact]
    public void A_fifo_is_refused_without_opening_it()
    {
        string fifo = Path.Combine(_folder, "schema.yaml");
        Process.Start("mkfifo", fifo).WaitForExit();
        // Opening a FIFO with no writer blocks forever; a refusal proves it was never opened.
        var result = BoundedFileReader.Read(fifo, BoundedFileReader.MaxYamlBytes);
        Assert.Contains("not a regular file", result!.Error);
    }

    /// <summary>
    /// A FIFO put in the file's place after the probe (here the probe is skipped, as a swap would) is opened without
    /// waiting for a writer, which would block forever, and refused unread.
    /// </summary>
    [Fact]
    public void Opening_a_fifo_for_reading_does_not_block()
    {
        string fifo = Path.Combine(_folder, "d.md");
        Process.Start("mkfifo", fifo).WaitForExit();
        Assert.Throws<NotSupportedException>(() => BoundedFileReader.ReadAtMost(fifo, FileProbe.SystemPath(fifo), 100));
    }

    /// <summary>What is no regular file once opened is refused, even a device that seeks and reads like one (empty, endless).</summary>
    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/zero")]
    public void A_device_in_the_files_place_after_the_probe_is_refused_unread(string device)
    {
        Assert.Throws<NotSupportedException>(() => BoundedFileReader.ReadAtMost(device, FileProbe.SystemPath(device), 100));
    }

    [Fact]
    public void A_file_gone_after_the_probe_is_missing()
    {
        string gone = Path.Combine(_folder, "gone", "d.md");
        Assert.Throws<FileNotFoundException>(() => BoundedFileReader.ReadAtMost(gone, FileProbe.SystemPath(gone), 100));
    }

    /// <summary>A link is followed: what it points to decides, so a link cannot smuggle a device, FIFO or directory in.</summary>
    [Theory]
    [InlineData("fifo")]
    [InlineData("/dev/zero")]
    [InlineData("/dev/stdin")]
    [InlineData("directory")]
    public void A_link_to_what_is_no_regular_file_is_refused_without_reading(string target)
    {
        string path = target switch
        {
            "fifo" => Path.Combine(_folder, "pipe"),
            "directory" => Directory.CreateDirectory(Path.Combine(_folder, "folder")).FullName,
            _ => target,
        };
        if (target == "fifo")
        {
            Process.Start("mkfifo", path).WaitForExit();
        }
        string link = Path.Combine(_folder, "linked.yaml");
        File.CreateSymbolicLink(link, path);
        var result = BoundedFileReader.Read(link, BoundedFileReader.MaxYamlBytes);
        Assert.Null(result!.Text);
        Assert.Contains(target == "directory" ? "it is a directory" : "not a regular file", result.Error);
    }

    [Fact]
    public void A_link_to_a_regular_file_reads_the_file_and_a_dangling_link_is_missing()
    {
        string target = Path.Combine(_folder, "real.yaml");
        File.WriteAllText(target, "name: x\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "link.yaml"), target);
        File.CreateSymbolicLink(Path.Combine(_folder, "dangling.yaml"), Path.Combine(_folder, "gone.yaml"));
        Assert.Equal("name: x\n", BoundedFileReader.Read(Path.Combine(_folder, "link.yaml"), 100)!.Text);
        Assert.Null(BoundedFileReader.Read(Path.Combine(_folder, "dangling.yaml"), 100));
    }

    /// <summary>A handle that is no file (here a pipe) is refused once opened: what a probe cannot see (Windows) or a swap after it.</summary>
    [Fact]
    public void An_opened_handle_that_cannot_seek_is_not_read()
    {
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        using var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(pipe.ClientSafePipeHandle.DangerousGetHandle(), ownsHandle: false);
        pipe.Write("content"u8);
        Assert.Throws<NotSupportedException>(() => BoundedFileReader.ReadAtMost(handle, 100));
    }

    /// <summary>
    /// A file holding more than its length said when it was opened (one that grows; here a /proc file, which reports 0):
    /// read whole while within the cap, refused past it.
    /// </summary>
    [Fact]
    public void A_file_longer_than_its_reported_length_is_read_up_to_the_cap()
    {
        const string file = "/proc/self/mountinfo";
        using (var handle = File.OpenHandle(file))
        {
            Assert.Equal(0, RandomAccess.GetLength(handle));
            Assert.Null(BoundedFileReader.ReadAtMost(handle, 100));
        }
        using (var handle = File.OpenHandle(file))
        {
            string? text = BoundedFileReader.ReadAtMost(handle, 1_000_000)!.Text;
            Assert.True(text!.Length > 100);
            Assert.EndsWith("\n", text);
        }
    }

    [Fact]
    public void A_directory_is_refused_and_a_missing_file_is_null()
    {
        Assert.Contains("directory", BoundedFileReader.Read(_folder, 100)!.Error);
        Assert.Null(BoundedFileReader.Read(Path.Combine(_folder, "missing.yaml"), 100));
    }

    [Fact]
    public void A_file_over_the_cap_is_refused_with_its_size()
    {
        string big = Path.Combine(_folder, "big.md");
        File.WriteAllText(big, new string('x', 101));
        Assert.Equal("the file is 101 bytes; at most 100 are read", BoundedFileReader.Read(big, 100)!.Error);
        Assert.Equal(new string('x', 101), BoundedFileReader.Read(big, 101)!.Text);
    }

    [Theory]
    [InlineData("a: 1\rb: 2\r", 3)]
    [InlineData("a: 1\r\nb: 2\r\n", 3)]
    [InlineData("a: 1\nb: 2\n", 3)]
    public void Invalid_utf8_is_reported_at_its_line_whatever_the_line_breaks(string before, int line)
    {
        string file = Path.Combine(_folder, "config.yaml");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes(before + "c: "), 0xE9, (byte)'\n']);
        var result = BoundedFileReader.Read(file, 100)!;
        Assert.Null(result.Text);
        Assert.Equal((line, 4), (result.ErrorLine, result.ErrorColumn));
    }

    [Fact]
    public void The_host_turns_a_refusal_into_an_error_with_its_position()
    {
        string file = Path.Combine(_folder, "profile.yaml");
        File.WriteAllBytes(file, [.. "minimumSalary: 1\rcurrency: "u8, 0xFF]);
        var error = Assert.Throws<UnreadableFileException>(() => FileSystemConfigHost.Instance.ReadAllText(file));
        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void The_host_resolves_links_to_where_a_file_really_is()
    {
        string target = Path.Combine(_folder, "real.yaml");
        File.WriteAllText(target, "name: x\n");
        string link = Path.Combine(_folder, "schema.yaml");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(FileSystemConfigHost.Instance.ResolvePath(target), FileSystemConfigHost.Instance.ResolvePath(link));
        Assert.EndsWith("real.yaml", FileSystemConfigHost.Instance.ResolvePath(link));
        Assert.Null(FileSystemConfigHost.Instance.ResolvePath(Path.Combine(_folder, "missing.yaml")));
    }

    [Fact]
    public void A_config_that_is_a_directory_is_an_error_not_silence()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ConfigLoader.FileName));
        var workspace = new Core.Workspace.DossierWorkspace(FileSystemConfigHost.Instance);
        var error = Assert.Single(workspace.ConfigurationErrors(Path.Combine(_folder, "d.md")));
        Assert.Equal((Path.Combine(_folder, ConfigLoader.FileName), 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("directory", error.Message);
    }
}
