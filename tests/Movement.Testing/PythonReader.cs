using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace Movement.Testing;

/// <summary>
/// Runs a script of ours over files with Debian's Python and one of its packages, an independent reader of what
/// the site writes (calendars, feeds), and hands back the one JSON line it prints per file or entry.
/// </summary>
public static class PythonReader
{
    private const string Python = "/usr/bin/python3";

    /// <param name="script">The script, from the repository's root.</param>
    /// <param name="package">The Debian package it needs, named when it is missing (tests/run.sh installs it).</param>
    public static async Task<IReadOnlyList<JsonNode>> ReadAsync(string script, string package, IEnumerable<string> files)
    {
        Assert.True(File.Exists(Python), $"Python 3 is not installed: run 'bash tests/run.sh', which installs {package}.");
        var path = Path.Combine(RepositoryRoot.Find(), script);
        using var process = Process.Start(new ProcessStartInfo(Python, [path, .. files]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{package} could not read the files (tests/run.sh installs it): {errors}");
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];
    }
}
