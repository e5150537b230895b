using System.Diagnostics;
using System.Text.RegularExpressions;
using Movement.Cli.Tests.Commands;
using Movement.Cli.Tests.Preview;
using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Cli.Tests.Native;

/// <summary>
/// The native program (what the README's command and Netlify run) does what the code does when run as .NET: the
/// same files, the same diagnostics, a preview that rebuilds what changed. tests/run.sh compiles the program through
/// src/Movement.Cli/movement beside the other suites and runs these last, with MOVEMENT_NATIVE_PROGRAM set to it.
/// </summary>
[Trait("Category", "Native")]
public sealed class NativeProgramTests
{
    private static string Program => Environment.GetEnvironmentVariable("MOVEMENT_NATIVE_PROGRAM") is { Length: > 0 } path && File.Exists(path)
        ? path
        : throw new InvalidOperationException("MOVEMENT_NATIVE_PROGRAM names no program: run these tests through bash tests/run.sh.");

    [Fact]
    public async Task The_demo_builds_into_the_same_bytes_as_the_code_run_as_dotnet()
    {
        using var temp = new TempFolder();
        var ours = temp.Combine("dotnet-site");
        var native = temp.Combine("native-site");

        var run = await InProcessAsync("build", "--input", RepositoryRoot.DemoInput, "--output", ours);
        var (exitCode, output, error) = await RunAsync("build", "--input", RepositoryRoot.DemoInput, "--output", native);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(exitCode == 0, error);
        Assert.Matches(@"Built \d+ pages \(\d+ files\)", output);
        var expected = TempFolder.Snapshot(ours);
        var actual = TempFolder.Snapshot(native);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
        Assert.Contains(actual.Keys, path => path.EndsWith(".png", StringComparison.Ordinal)); // SkiaSharp and HarfBuzz loaded.
    }

    [Fact]
    public async Task Ten_mistakes_give_the_same_diagnostics_and_exit_code()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);
        new DemoMistakes(input).MakeTen();

        var run = await InProcessAsync("check", "--input", input);
        var (exitCode, _, error) = await RunAsync("check", "--input", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1, exitCode);
        Assert.Equal(Diagnostics(run.Error), Diagnostics(error));
        Assert.Equal(10, Diagnostics(error).Count);
    }

    [Fact]
    public async Task The_preview_serves_the_site_and_an_edit_reloads_it_with_the_new_text()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);
        var port = FreePort();
        using var preview = Process.Start(new ProcessStartInfo(Program, ["preview", "--input", input, "--port", port.ToString()]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        try
        {
            var origin = $"http://127.0.0.1:{port}";
            // It prints the first build's summary, then the address once it listens.
            while (await preview.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line && !line.StartsWith("Preview at", StringComparison.Ordinal))
            {
            }

            using var http = new HttpClient();
            Assert.Contains("<h1", await http.GetStringAsync(origin + "/briefs/five-calls/"));
            await using var events = await EventStream.ConnectAsync(origin + "/_movement/events");
            await events.NextAsync("hello");

            var brief = Path.Combine(input, "briefs", "five-calls.md");
            await File.WriteAllTextAsync(brief, (await File.ReadAllTextAsync(brief)) + "\nA sentence added by the native test.\n");
            await events.NextAsync("reload");

            Assert.Contains("A sentence added by the native test.", await http.GetStringAsync(origin + "/briefs/five-calls/"));
        }
        finally
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }
    }

    private static List<string> Diagnostics(string error) =>
        [.. Regex.Matches(error, @"^\S+:\d+:\d+: error MV\d{4}: .+$", RegexOptions.Multiline).Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary>The command line run in this process with the real clock, as the native program has.</summary>
    private static async Task<CliRun> InProcessAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Movement.Cli.Program.RunAsync(args, output, error, new SystemClock());
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(Program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
