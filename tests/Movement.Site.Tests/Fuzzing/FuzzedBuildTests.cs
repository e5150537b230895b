using System.Text;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Testing;
using Movement.Theme.Rendering;
using Xunit.Abstractions;

namespace Movement.Site.Tests.Fuzzing;

/// <summary>
/// Thousands of small sites, each a valid one with a file damaged by <see cref="MutateText"/> from a fixed
/// seed. Every build must end in success or in error diagnostics with hints: never an exception, an
/// internal fault (MV0900), a hang, or output handed over despite errors.
/// </summary>
public class FuzzedBuildTests(ITestOutputHelper log)
{
    private const int Seed = 1001;
    private const int Cases = 3000;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private static readonly IReadOnlyDictionary<string, string> Valid = InlineFiles.Parse("""
        -- briefs/workforce.md --
        ---
        title: Develop the workforce
        summary: Babies need skilled people around them.
        date: 2024-03-19
        topics: [workforce]
        nations:
          - england
          - wales
        asks:
          - title: Train every health visitor
            detail: In infant mental health.
        downloads:
          - file: /files/brief.pdf
            label: The brief (PDF)
        ---
        ## Why it matters

        Read [the news](../news/launch.md) and [why](#why-it-matters). <abbr title="Health visitor">HV</abbr>

        - one
        - two

        ![A chart](/files/chart.svg)
        -- news/launch.md --
        ---
        title: "Launch: the movement"
        summary: 'It begins.'
        date: 2024-01-02
        image: /files/chart.svg
        alt: A chart
        ---
        We launched. See [the brief](/briefs/workforce/#why-it-matters).
        -- members/oxpip.yml --
        name: OXPIP
        type: charity
        nations: [england]
        website: https://oxpip.example.org
        description: Parent-infant psychotherapy.
        -- members.csv --
        name,type,nations,region,website,logo,description,joined
        Bump Club,community-service,wales,,,,"Meets weekly, in Rhyl.",2021-03-01
        -- files/chart.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- files/brief.pdf --
        %PDF-1.4
        """);

    private static readonly string[] Mutable = ["briefs/workforce.md", "news/launch.md", "members/oxpip.yml", "members.csv", "site.yml"];

    [Fact]
    public async Task Damaged_input_ends_in_a_build_or_in_diagnostics_never_a_crash()
    {
        var random = new Random(Seed);
        var mutate = new MutateText(random);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        using var theme = new RazorThemeRenderer();

        for (var i = 0; i < Cases; i++)
        {
            var files = Valid.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            files["site.yml"] = TestSite.DefaultSettings;
            var target = Mutable[random.Next(Mutable.Length)];
            files[target] = mutate.Apply(files[target]);
            var bytes = files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value), StringComparer.Ordinal);
            if (random.Next(20) == 0)
            {
                bytes[target] = [.. bytes[target].Take(random.Next(bytes[target].Length + 1)), 0xC3]; // Cut inside a character.
            }

            var outcome = await Build(bytes, theme);
            outcomes[outcome.Kind] = outcomes.GetValueOrDefault(outcome.Kind) + 1;
            if (outcome.Problem is { } problem)
            {
                problems.Add($"case {i} ({target}): {problem}\n--- {target} ---\n{files[target]}");
            }
        }

        var summary = $"{Cases} fuzz cases (seed {Seed}): " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}"));
        log.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(problems.Count == 0, $"{problems.Count} of {Cases} cases went wrong. First ones:\n" + string.Join("\n\n", problems.Take(5)));
    }

    internal static async Task<(string Kind, string? Problem)> Build(IReadOnlyDictionary<string, byte[]> files, RazorThemeRenderer theme)
    {
        var output = new InMemoryOutput();
        var options = new BuildOptions(new InMemoryFileSystem(files), output, new FixedClock(TestSite.DefaultNow), theme);
        BuildReport report;
        try
        {
            report = await SiteBuilder.BuildAsync(options).WaitAsync(CaseTimeout);
        }
        catch (TimeoutException)
        {
            return ("hung", $"no result within {CaseTimeout.TotalSeconds} s");
        }
        catch (Exception exception)
        {
            return ("crashed", exception.ToString());
        }

        if (report.Diagnostics.FirstOrDefault(d => d.Code == "MV0900") is { } fault)
        {
            return ("internal faults", fault.ToString());
        }

        if (report.Diagnostics.FirstOrDefault(d => string.IsNullOrWhiteSpace(d.Hint) || string.IsNullOrWhiteSpace(d.Location.Path)) is { } vague)
        {
            return ("vague diagnostics", vague.ToString());
        }

        if (report.Succeeded != output.Committed)
        {
            return ("wrong commits", report.Succeeded ? "a good build was not written" : "a failed build handed over its files");
        }

        return report.Succeeded
            ? (report.WarningCount > 0 ? "built with warnings" : "built cleanly", null)
            : ("failed with diagnostics", null);
    }
}
