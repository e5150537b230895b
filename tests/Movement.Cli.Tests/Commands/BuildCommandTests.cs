using System.Text.RegularExpressions;
using Movement.Testing;

namespace Movement.Cli.Tests.Commands;

public class BuildCommandTests
{
    [Fact]
    public async Task Building_the_demo_site_writes_it_and_with_timings_prints_a_summary_per_pipeline()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("_site");

        var run = await CliRun.Of("build", "--input", RepositoryRoot.DemoInput, "--output", output, "--timings");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "briefs/five-calls/index.html")));
        Assert.Matches(@"Briefs\s+\d+", run.Output);
        Assert.Matches(@"Built \d+ pages \(\d+ files\) into .*_site/ in \d+ ms: 0 errors, 0 warnings\.\s*$", run.Output);
    }

    [Fact]
    public async Task Ten_mistakes_give_ten_located_diagnostics_exit_code_one_and_leave_the_previous_site_untouched()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        var output = temp.Combine("_site");
        TempFolder.CopyTree(RepositoryRoot.DemoInput, input);
        Assert.Equal(0, (await CliRun.Of("build", "-i", input, "-o", output)).ExitCode);
        var before = TempFolder.Snapshot(output);

        var expected = new DemoMistakes(input).MakeTen();
        var run = await CliRun.Of("build", "-i", input, "-o", output);

        Assert.Equal(1, run.ExitCode);
        var errors = Regex.Matches(run.Error, @"^(?<path>\S+):(?<line>\d+):(?<column>\d+): error (?<code>MV\d{4}): .+\n  hint: .+$", RegexOptions.Multiline);
        Assert.Equal(10, errors.Count);
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            errors.Select(e => $"{Path.GetRelativePath(input, e.Groups["path"].Value).Replace('\\', '/')} {e.Groups["code"].Value}").Order(StringComparer.Ordinal));
        Assert.Contains("Nothing was written", run.Error);
        var after = TempFolder.Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    [Fact]
    public async Task The_base_url_option_overrides_the_settings()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("_site");

        await CliRun.Of("build", "-i", RepositoryRoot.DemoInput, "-o", output, "--base-url", "https://preview.example.net/");

        Assert.Contains("href=\"https://preview.example.net/about/\"", File.ReadAllText(Path.Combine(output, "about/index.html")));
    }

    [Fact]
    public async Task The_drafts_option_publishes_drafts()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("_site");

        await CliRun.Of("build", "-i", RepositoryRoot.DemoInput, "-o", output, "--drafts");

        Assert.True(File.Exists(Path.Combine(output, "briefs/four-nations/index.html")));
    }

    [Fact]
    public async Task An_output_folder_that_holds_the_input_is_refused()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input"));

        var run = await CliRun.Of("build", "-i", temp.Combine("input"), "-o", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("overlaps the input folder", run.Error);
        Assert.True(Directory.Exists(temp.Combine("input")));
    }

    [Fact]
    public async Task A_missing_input_folder_is_explained()
    {
        var run = await CliRun.Of("build", "-i", "/no/such/folder");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }
}
