using System.Diagnostics;
using Movement.Testing;

namespace Movement.Cli.Tests.Launcher;

/// <summary>
/// src/Movement.Cli/movement compiles the native program once per version of the sources and then only runs it.
/// A stand-in `dotnet` on the PATH records each compile and "publishes" a script that echoes its arguments, so these
/// tests check the launcher's caching in a second, without the minutes of a real compile.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private static readonly string Launcher = Path.Combine(RepositoryRoot.Find(), "src", "Movement.Cli", "movement");
    private readonly TempFolder _temp = new();

    public LauncherTests()
    {
        Directory.CreateDirectory(_temp.Combine("bin"));
        var fakeDotnet = _temp.Combine("bin", "dotnet");
        File.WriteAllText(fakeDotnet, $$"""
            #!/usr/bin/env bash
            echo "$*" >> '{{_temp.Combine("compiles.txt")}}'
            while [ "$1" != "-o" ]; do shift; done
            printf '#!/usr/bin/env bash\necho "ran: $*"\n' > "$2/movement"
            chmod +x "$2/movement"
            """.Replace("\r", ""));
        if (!OperatingSystem.IsWindows()) // The launcher is a bash script for Linux; the guard is for the analyser.
        {
            File.SetUnixFileMode(fakeDotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Cache => _temp.Combine("cache");

    private int Compiles => File.Exists(_temp.Combine("compiles.txt")) ? File.ReadAllLines(_temp.Combine("compiles.txt")).Length : 0;

    [Fact]
    public async Task The_first_run_compiles_the_program_and_later_runs_only_start_it()
    {
        var first = await RunAsync("build", "--input", "my input");
        var second = await RunAsync("check");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("ran: build --input my input", first.Output.Trim());
        Assert.Contains("compiling the native program", first.Error);
        Assert.Equal("ran: check", second.Output.Trim());
        Assert.Equal("", second.Error);
        Assert.Equal(1, Compiles);
        Assert.Contains("publish", File.ReadAllText(_temp.Combine("compiles.txt")));
    }

    [Fact]
    public async Task The_program_lies_in_a_folder_named_by_the_digest_of_the_sources_and_can_be_printed()
    {
        var printed = await RunAsync(print: true);

        Assert.Equal(0, printed.ExitCode);
        var program = printed.Output.Trim();
        Assert.Matches(@"/cache/linux-(x64|arm64)-[0-9a-f]{16}/movement$", program);
        Assert.True(File.Exists(program));
        Assert.Empty(Directory.GetDirectories(Cache, ".compiling.*"));
    }

    [Fact]
    public async Task A_failed_compile_leaves_no_program_and_says_how_to_run_without_one()
    {
        File.WriteAllText(_temp.Combine("bin", "dotnet"), "#!/usr/bin/env bash\necho 'error CS1002: ; expected'\nexit 1\n");

        var failed = await RunAsync("build");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error CS1002", failed.Error);
        Assert.Contains("dotnet run --project src/Movement.Cli -- build", failed.Error);
        Assert.Empty(Directory.GetFileSystemEntries(Cache));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => await RunAsync(false, args);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(bool print, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Launcher, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = _temp.Combine("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["MOVEMENT_PROGRAM_CACHE"] = Cache;
        if (print)
        {
            start.Environment["MOVEMENT_PRINT_PROGRAM"] = "1";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose() => _temp.Dispose();
}
