using System.Text;
using Movement.Core.IO;
using Movement.Site.Building;
using Movement.Site.Content;
using Movement.Testing;
using Movement.Theme.Rendering;

namespace Movement.Site.Tests.Safety;

/// <summary>
/// Names long enough to break a file system (a 300-character member name or slug, a long file name, alias or
/// folder): check predicts exactly what build reports, and build, writing to a real folder, never throws.
/// </summary>
public class LongNameTests
{
    private const string Members = "name,type,nations,region,website,logo,description,joined\n";

    private static readonly string Words300 = string.Join(" ", Enumerable.Repeat("Parent Infant Foundation", 13)); // 324 characters

    private static string Brief(string path, string extra = "") =>
        $"-- {path} --\n---\ntitle: B\nsummary: S\ndate: 2024-01-01\n{extra}---\nBody\n";

    public static TheoryData<string> Inputs => new()
    {
        $"-- members.csv --\n{Members}\"{Words300}\",charity,england,,,,A charity.,2020-01-01\n",
        Brief("briefs/b.md", $"slug: {new string('a', 300)}\n"),
        Brief($"briefs/{new string('b', 200)}.md"),
        Brief($"briefs/{new string('c', 250)}.md"),
        Brief("briefs/b.md", $"aliases: [/{new string('d', 300)}/]\n"),
        Brief("briefs/b.md", $"aliases: [/{string.Join('/', Enumerable.Repeat(new string('e', 200), 12))}/]\n"),
        $"-- files/{new string('f', 240)}.pdf --\n%PDF\n",
        $"-- files/{string.Join('/', Enumerable.Repeat(new string('g', 200), 12))}/x.pdf --\n%PDF\n",
        Brief($"briefs/{new string('é', 120)}.md"),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Check_reports_exactly_what_build_reports_and_build_never_throws(string files)
    {
        var input = InlineFiles.Parse(files).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
        input.TryAdd("site.yml", Encoding.UTF8.GetBytes(TestSite.DefaultSettings));
        using var temp = new TempFolder();
        using var theme = new RazorThemeRenderer();
        BuildOptions Options(ISiteOutput? output) => new(new InMemoryFileSystem(input), output, new FixedClock(TestSite.DefaultNow), theme);

        var check = await SiteBuilder.BuildAsync(Options(null));
        var build = await SiteBuilder.BuildAsync(Options(new DirectoryOutput(temp.Combine("_site"))));

        Assert.Equal(check.Diagnostics.Select(d => d.ToString()), build.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == "MV0900");
        if (build.Files.Any(f => OutputPathLimits.Problem(f.Path) is not null))
        {
            Assert.Contains(build.Diagnostics, d => d.Code is "MV0310" or "MV0311");
        }

        Assert.Equal(build.Succeeded, Directory.Exists(temp.Combine("_site")));
    }

    [Fact]
    public async Task A_member_with_a_300_character_name_gets_a_shortened_address_that_builds()
    {
        var site = await TestSite.BuildAsync($"-- members.csv --\n{Members}\"{Words300}\",charity,england,,,,A charity.,2020-01-01\n");

        site.AssertSucceeded();
        var page = Assert.Single(site.Files.Keys, f => f.StartsWith("members/parent-infant", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal));
        var slug = page.Split('/')[1];
        Assert.InRange(slug.Length, 40, Slugs.MaxLength);
        Assert.Matches("^parent-infant-foundation(-[a-z]+)+-[0-9a-f]{10}$", slug);
    }

    [Fact]
    public void Shortened_slugs_cut_at_a_word_stay_the_same_from_build_to_build_and_differ_for_different_names()
    {
        var one = Slugs.FromName(Words300 + " North");
        var two = Slugs.FromName(Words300 + " South");

        Assert.Equal(one, Slugs.FromName(Words300 + " North"));
        Assert.NotEqual(one, two);
        Assert.All([one, two], s => Assert.True(Slugs.IsValid(s) && s.Length <= Slugs.MaxLength, s));
        Assert.Matches("-(foundation|infant|parent)-[0-9a-f]{10}$", one);
        Assert.Equal("anna-freud", Slugs.FromName("Anna Freud"));
    }

    [Fact]
    public async Task Two_members_whose_long_names_start_alike_get_different_addresses()
    {
        var site = await TestSite.BuildAsync($"-- members.csv --\n{Members}\"{Words300} North\",charity,england,,,,A charity.,2020-01-01\n\"{Words300} South\",charity,england,,,,A charity.,2020-01-01\n");

        site.AssertSucceeded();
        Assert.Equal(2, site.Files.Keys.Count(f => f.StartsWith("members/parent-infant", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)));
    }
}
