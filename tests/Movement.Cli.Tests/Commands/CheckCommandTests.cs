using Movement.Testing;

namespace Movement.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public async Task Check_passes_the_demo_site_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);

        var run = await CliRun.Of("check", "-i", input);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"Checked \d+ pages", run.Output);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_timing_table_is_printed_only_with_timings()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: T\nbase_url: https://t.example\n");

        var plain = await CliRun.Of("check", "-i", input);
        var timed = await CliRun.Of("check", "-i", input, "--timings");

        Assert.Equal((0, 0), (plain.ExitCode, timed.ExitCode));
        Assert.Matches(@"^Checked \d+ pages \(\d+ files\) in \d+ ms: 0 errors, 0 warnings\.\s*$", plain.Output);
        Assert.DoesNotContain("Total ms", plain.Output);
        Assert.Contains("Total ms", timed.Output);
        Assert.Matches(@"Checked \d+ pages[^\n]*\s*$", timed.Output); // The summary stays last.
    }

    [Fact]
    public async Task Check_reports_mistakes_with_the_input_folder_in_each_path()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("content");
        Directory.CreateDirectory(Path.Combine(input, "briefs"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: T\nbase_url: https://t.example\n");
        File.WriteAllText(Path.Combine(input, "briefs/b.md"), "---\ntitle: B\ndate: 2024-01-01\n---\n");

        var run = await CliRun.Of("check", "-i", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{input}/briefs/b.md:2:1: error MV0101: Missing required field 'summary'", run.Error);
        Assert.Contains("  hint: Add a line 'summary: ", run.Error);
    }

    [Fact]
    public async Task Check_says_when_an_item_dated_in_the_future_will_appear()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("content");
        Directory.CreateDirectory(Path.Combine(input, "news"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: T\nbase_url: https://t.example\n");
        File.WriteAllText(Path.Combine(input, "news/week.md"), "---\ntitle: W\nsummary: S\ndate: 2026-12-01\n---\n");

        var run = await CliRun.Of("check", "-i", input);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Scheduled: {input}/news/week.md will appear at /news/week/ on 2026-12-01", run.Output);
    }
}
