using Movement.Testing;

namespace Movement.Cli.Tests.Commands;

public class NewCommandTests
{
    private static TempFolder EmptySite()
    {
        var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input"));
        File.WriteAllText(temp.Combine("input", "site.yml"), "title: T\nbase_url: https://t.example\ntopics:\n  - id: workforce\n    title: Workforce\n");
        return temp;
    }

    [Theory]
    [InlineData("brief", "Develop the workforce", "briefs/develop-the-workforce.md")]
    [InlineData("news", "Week starts: babies first", "news/week-starts-babies-first.md")]
    [InlineData("page", "Get involved", "pages/get-involved.md")]
    [InlineData("member", "Cardiff Baby Café", "members/cardiff-baby-cafe.yml")]
    [InlineData("theory-of-change", "Theory of change 2024–2027", "theory-of-change/theory-of-change-2024-2027.md")]
    [InlineData("awareness-week", "Infant Mental Health Awareness Week 2026", "awareness-week/2026/index.md")]
    public async Task New_content_lands_in_the_right_folder_and_passes_check(string type, string title, string path)
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");

        var created = await CliRun.Of("new", type, title, "-i", input);
        var check = await CliRun.Of("check", "-i", input);

        Assert.Equal(0, created.ExitCode);
        Assert.Contains(path, created.Output);
        Assert.Contains(title, File.ReadAllText(Path.Combine(input, path)));
        Assert.True(check.ExitCode == 0, check.Error);
    }

    [Fact]
    public async Task New_never_overwrites_an_existing_file()
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");
        await CliRun.Of("new", "brief", "Same", "-i", input);
        File.AppendAllText(Path.Combine(input, "briefs/same.md"), "Work in progress");

        var again = await CliRun.Of("new", "brief", "Same", "-i", input);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.EndsWith("Work in progress", File.ReadAllText(Path.Combine(input, "briefs/same.md")));
    }

    [Fact]
    public async Task An_unknown_type_lists_the_ones_there_are()
    {
        var run = await CliRun.Of("new", "blogpost", "Title");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("brief", run.Error);
    }
}
