using System.Diagnostics;
using System.Globalization;

namespace Movement.Benchmarks;

/// <summary>
/// Runs a program once as a fresh process under GNU time and returns its wall time, its peak resident
/// memory and what it printed. A cold process each time, as a staff member's or Netlify's build is.
/// </summary>
public static class ColdRun
{
    private const string GnuTime = "/usr/bin/time";

    public static ColdRunResult Start(string program, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var memoryFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            foreach (var argument in (string[])["-f", "%M", "-o", memoryFile, program, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed:\n{output}\n{error.Result[..Math.Min(error.Result.Length, 2000)]}");
            }

            var kilobytes = File.ReadAllLines(memoryFile).Last(line => line.Trim().Length > 0);
            return new ColdRunResult(watch.Elapsed.TotalMilliseconds, long.Parse(kilobytes.Trim(), CultureInfo.InvariantCulture) / 1024.0, output);
        }
        finally
        {
            File.Delete(memoryFile);
        }
    }

    /// <summary>Installs Debian packages the benchmark needs (hugo, GNU time) when their program is missing.</summary>
    public static void Require(string program, string package)
    {
        if (File.Exists(program))
        {
            return;
        }

        Console.WriteLine($"Installing {package}...");
        Run("apt-get", ["update", "-qq"]);
        Run("apt-get", ["install", "-y", "-qq", package]);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Run(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments))!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        }
    }
}
