using Movement.Core.IO;
using Movement.Testing;

namespace Movement.Cli.Tests;

/// <summary>Runs the command line through Program's entry point with captured output and a fixed clock.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await Program.RunAsync(args, output, error, new FixedClock(TestSite.DefaultNow));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
