using Movement.Testing;

namespace Movement.Cli.Tests.Commands;

public class CheckReportOrderTests
{
    [Fact]
    public async Task Check_prints_a_broken_brief_first_and_no_missing_page_for_the_links_to_it()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "briefs"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: T\nbase_url: https://t.example\n");
        File.WriteAllText(Path.Combine(input, "briefs/workforce.md"), "---\ntitle: Workforce\nsummary: S\ndate: 2024-01-01\nslug: workforce\n\n");
        File.WriteAllText(Path.Combine(input, "briefs/asks.md"), "---\ntitle: Asks\nsummary: S\ndate: 2024-01-01\n---\nSee [workforce](/briefs/workforce/).\n");

        var run = await CliRun.Of("check", "-i", input);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n');
        Assert.StartsWith($"{input}/briefs/workforce.md:1:1: error MV0002:", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("MV0302", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{input}/briefs/workforce.md:1:1: warning MV0330: 1 link to this file (from briefs/asks.md) will work once it is fixed.", run.Error, StringComparison.Ordinal);
    }
}
