using System.Diagnostics;
using Movement.Testing;
using Xunit.Abstractions;

namespace Movement.Cli.Tests.Crash;

/// <summary>
/// Kills real 'movement build' processes at random moments of their run and checks that the site folder
/// is always the previous complete site or the new complete one, byte for byte, and that the next build
/// puts right whatever a killed one left half-written in the spare folder.
/// </summary>
public class KilledBuildTests(ITestOutputHelper log)
{
    private const int Seed = 20;
    private const int Kills = 24;

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "movement.dll");

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_never_a_mix()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        var site = temp.Combine("_site");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);
        var privacy = Path.Combine(input, "pages", "privacy.md");
        var original = await File.ReadAllTextAsync(privacy);
        var changed = original + "\nA sentence added after the site was last built.\n";

        // The two complete sites: as built from the original input, and from the changed one.
        var elsewhere = temp.Combine("changed-site");
        await File.WriteAllTextAsync(privacy, changed);
        await RunToEnd(input, elsewhere);
        var newSite = TempFolder.Snapshot(elsewhere);
        await File.WriteAllTextAsync(privacy, original);
        var started = Stopwatch.StartNew();
        await RunToEnd(input, site);
        var fullRun = started.Elapsed;
        var oldSite = TempFolder.Snapshot(site);
        Assert.NotEqual(oldSite["privacy/index.html"], newSite["privacy/index.html"]);

        var random = new Random(Seed);
        var (keptOld, becameNew) = (0, 0);
        for (var kill = 0; kill < Kills; kill++)
        {
            // Build towards whichever site the folder does not hold, so every kill can interrupt a real change.
            var holdsOld = Same(TempFolder.Snapshot(site), oldSite);
            await File.WriteAllTextAsync(privacy, holdsOld ? changed : original);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds * 1.1);
            await StartAndKill(input, site, delay);

            var now = TempFolder.Snapshot(site);
            var isOld = Same(now, oldSite);
            var isNew = Same(now, newSite);
            Assert.True(isOld || isNew, $"Kill {kill} after {delay.TotalMilliseconds:0} ms left a site that is neither the old nor the new one.");
            if (isOld == holdsOld)
            {
                keptOld++;
            }
            else
            {
                becameNew++;
            }
        }

        await File.WriteAllTextAsync(privacy, original);
        await RunToEnd(input, site);
        Assert.True(Same(TempFolder.Snapshot(site), oldSite));
        var spare = TempFolder.Snapshot(temp.Combine("._site.spare"));
        Assert.True(Same(spare, oldSite) || Same(spare, newSite), "The spare must hold a complete earlier generation, ready for the next build.");
        var summary = $"{Kills} builds killed over a {fullRun.TotalMilliseconds:0} ms run: {keptOld} left the previous site, {becameNew} had already swapped in the new one; none left a mix.";
        log.WriteLine(summary);
        Console.WriteLine(summary);
    }

    private static bool Same(IReadOnlyDictionary<string, byte[]> a, IReadOnlyDictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(file => b.TryGetValue(file.Key, out var other) && file.Value.AsSpan().SequenceEqual(other));

    private static Process Start(string input, string output) =>
        Process.Start(new ProcessStartInfo("dotnet", [Cli, "build", "--input", input, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Every build of the test as of one instant: a run across midnight otherwise built a third site (events
            // turn past, a week's countdown moves) and failed as if a killed build had left a mix.
            Environment = { [BuildClock.Variable] = StartedAt.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        })!;

    private static readonly long StartedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static async Task RunToEnd(string input, string output)
    {
        using var process = Start(input, output);
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
    }

    private static async Task StartAndKill(string input, string output, TimeSpan delay)
    {
        using var process = Start(input, output);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(delay));
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }
}
