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
    [InlineData("awareness-week", "Infant Mental Health Awareness Week 2027", "awareness-week/2027/index.md")]
    [InlineData("awareness-week", "Infant Mental Health Awareness Week", "awareness-week/2026/index.md")]
    [InlineData("resource", "Poster: who is holding the baby?", "awareness-week/2025/resources/poster-who-is-holding-the-baby.md")]
    public async Task New_content_lands_in_the_right_folder_and_passes_check(string type, string title, string path)
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");
        WriteWeek(input, "2025");

        var created = await CliRun.Of("new", type, title, "-i", input);
        var check = await CliRun.Of("check", "-i", input);

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains(path, created.Output);
        var text = File.ReadAllText(Path.Combine(input, path));
        Assert.Contains(title, text);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("0 errors", check.Output);
        // The only warning: the draft's list of what is left to write, at its first placeholder.
        var warning = Assert.Single(check.Error.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.Contains($"{path}:", warning);
        Assert.Contains("MV0609", warning);
        Assert.Contains("status: draft", text);
    }

    [Fact]
    public async Task A_new_item_published_with_its_placeholders_fails_check_at_each_one()
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");
        await CliRun.Of("new", "brief", "Develop the workforce", "-i", input);
        var file = Path.Combine(input, "briefs/develop-the-workforce.md");
        File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("status:", StringComparison.Ordinal)));

        var check = await CliRun.Of("check", "-i", input);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("briefs/develop-the-workforce.md:3:10: error MV0608: 'summary' still says TODO", check.Error);
        Assert.Contains("briefs/develop-the-workforce.md:7:1: error MV0608: The text still says TODO", check.Error);
    }

    [Fact]
    public async Task A_new_resource_goes_to_the_current_week_and_asks_for_its_alt_text()
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");
        WriteWeek(input, "2024");
        WriteWeek(input, "2025");
        File.AppendAllText(Path.Combine(input, "site.yml"), "current_awareness_week: 2024\n");

        var created = await CliRun.Of("new", "resource", "Poster", "-i", input);

        Assert.True(created.ExitCode == 0, created.Error);
        var text = File.ReadAllText(Path.Combine(input, "awareness-week/2024/resources/poster.md"));
        Assert.Contains("file: \"TODO: ", text);
        Assert.Contains("alt: \"TODO: ", text);
    }

    [Fact]
    public async Task A_new_resource_with_no_week_to_belong_to_is_refused()
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");

        var created = await CliRun.Of("new", "resource", "Poster", "-i", input);

        Assert.Equal(1, created.ExitCode);
        Assert.Contains("new awareness-week", created.Error);
        Assert.False(Directory.Exists(Path.Combine(input, "awareness-week")));
    }

    [Theory]
    [InlineData("???")]
    [InlineData("   ")]
    [InlineData("–")]
    public async Task A_title_with_no_letters_or_digits_is_refused(string title)
    {
        using var temp = EmptySite();
        var input = temp.Combine("input");

        var created = await CliRun.Of("new", "brief", title, "-i", input);

        Assert.Equal(1, created.ExitCode);
        Assert.Contains("no letters or digits", created.Error);
        Assert.False(Directory.Exists(Path.Combine(input, "briefs")));
    }

    private static void WriteWeek(string input, string year)
    {
        Directory.CreateDirectory(Path.Combine(input, "awareness-week", year));
        File.WriteAllText(Path.Combine(input, "awareness-week", year, "index.md"),
            $"---\ntitle: Week {year}\ntheme: Babies\nsummary: A week.\nstart: {year}-06-09\nend: {year}-06-15\n---\n");
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
