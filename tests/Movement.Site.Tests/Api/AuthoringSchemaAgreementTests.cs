using System.Text.Json;
using Json.Schema;
using Movement.Testing;

namespace Movement.Site.Tests.Api;

/// <summary>
/// The published authoring schemas and 'check' agree: for each mutation of a valid file, 'check' reports no
/// error exactly when the front matter, read as YAML, passes the type's authoring schema (validated with an
/// independent JSON Schema library). Mistakes that need other files (a missing download, a taken slug) or
/// happen before the YAML is data (a '#' read as a comment) are beyond a schema and not in the corpus.
/// </summary>
public class AuthoringSchemaAgreementTests
{
    private const string Brief = "title: B\nsummary: S\ndate: 2024-01-01";
    private const string News = "title: N\nsummary: S\ndate: 2024-01-01";
    private const string Page = "title: P\nsummary: S";
    private const string Member = "name: M\ntype: charity\nnations: [wales]\ndescription: D";
    private const string Week = "title: Week\ntheme: T\nsummary: S\nstart: 2025-06-09\nend: 2025-06-15";

    /// <summary>Name, type, front matter, and whether both must accept it.</summary>
    public static TheoryData<string, string, string, bool> Mutations => new()
    {
        { "a valid brief", "brief", Brief, true },
        { "an empty title", "brief", Brief.Replace("title: B", "title:"), false },
        { "a title of empty quotes", "brief", Brief.Replace("title: B", "title: \"\""), false },
        { "a title that is an empty list", "brief", Brief.Replace("title: B", "title: []"), false },
        { "a title that is a list", "brief", Brief.Replace("title: B", "title: [A, B]"), false },
        { "a title with named parts", "brief", Brief.Replace("title: B", "title:\n  en: B"), false },
        { "a title that is a number", "news", News.Replace("title: N", "title: 2025"), true },
        { "a summary that reads as true", "news", News.Replace("summary: S", "summary: true"), true },
        { "no summary", "brief", "title: B\ndate: 2024-01-01", false },
        { "nations left an empty list", "brief", Brief + "\nnations: []", true },
        { "one nation without a list", "brief", Brief + "\nnations: wales", true },
        { "a nation in capitals", "brief", Brief + "\nnations: [Wales, SCOTLAND]", true },
        { "a nation misspelt", "brief", Brief + "\nnations: [englund]", false },
        { "an empty item in a list", "brief", Brief + "\nnations:\n  - wales\n  -", true },
        { "a list inside a list", "brief", Brief + "\nnations:\n  - [wales]", false },
        { "an unknown field", "brief", Brief + "\nsumary: typo", true },
        { "an unknown field with a list", "brief", Brief + "\nkeywords: [a, b]", true },
        { "the 31st of February", "brief", Brief.Replace("2024-01-01", "2025-02-31"), false },
        { "the 29th of February in a leap year", "brief", Brief.Replace("2024-01-01", "2024-02-29"), true },
        { "the 29th of February in another year", "brief", Brief.Replace("2024-01-01", "2023-02-29"), false },
        { "a date in words", "brief", Brief.Replace("2024-01-01", "19 March 2024"), false },
        { "a date with a time", "brief", Brief.Replace("2024-01-01", "2024-01-01T09:30:00"), true },
        { "a date as a bare year", "news", News.Replace("2024-01-01", "2024"), false },
        { "asks as one sentence", "brief", Brief + "\nasks: Fund everything", false },
        { "asks left empty", "brief", Brief + "\nasks: []", true },
        { "an ask without its detail", "brief", Brief + "\nasks:\n  - title: Fund teams", false },
        { "a complete ask", "brief", Brief + "\nasks:\n  - title: Fund teams\n    detail: Why", true },
        { "an ask that is only text", "brief", Brief + "\nasks:\n  - Fund teams", false },
        { "a slug with spaces", "brief", Brief + "\nslug: Our Asks", false },
        { "a slug of words and hyphens", "brief", Brief + "\nslug: our-asks", true },
        { "a slug of digits", "brief", Brief + "\nslug: 2030", true },
        { "a member's slug in capitals", "member", Member + "\nslug: Home-Start", false },
        { "an alias climbing out", "brief", Brief + "\naliases: [/../../etc/]", false },
        { "an alias with a scheme", "brief", Brief + "\naliases: [https://example.org/x/]", false },
        { "one alias without a list", "brief", Brief + "\naliases: /old/address/", true },
        { "a status in capitals", "brief", Brief + "\nstatus: Draft", true },
        { "a status not allowed", "brief", Brief + "\nstatus: archived", false },
        { "search: yes", "brief", Brief + "\nsearch: yes", true },
        { "search: maybe", "brief", Brief + "\nsearch: maybe", false },
        { "search: 1", "brief", Brief + "\nsearch: 1", false },
        { "a language in capitals", "brief", Brief + "\nlang: EN", true },
        { "one topic without a list", "news", News + "\ntopics: workforce", true },
        { "a topic not declared", "news", News + "\ntopics: [workforse]", false },
        { "a page without a summary", "page", "title: P", true },
        { "a page with an empty title", "page", Page.Replace("title: P", "title: ''"), false },
        { "a member's website without https", "member", Member + "\nwebsite: www.example.org", false },
        { "a member's website on http", "member", Member + "\nwebsite: http://example.org", true },
        { "a member's website on https", "member", Member + "\nwebsite: https://example.org/about", true },
        { "a member type with a space", "member", Member.Replace("type: charity", "type: Community Service"), true },
        { "a member type misspelt", "member", Member.Replace("type: charity", "type: charty"), false },
        { "a member with no nations", "member", Member.Replace("nations: [wales]", "nations: []"), false },
        { "a member with no description", "member", "name: M\ntype: charity\nnations: [wales]", false },
        { "a member's joining date as a number", "member", Member + "\njoined: 2019", false },
        { "a week's last day that does not exist", "awareness-week", Week.Replace("2025-06-15", "2025-06-31"), false },
        { "a week's hashtag in quotes", "awareness-week", Week + "\nhashtag: \"#IMHAW25\"", true },
        { "a week with no days", "awareness-week", Week + "\ndays: []", true },
        { "a week's day without a theme", "awareness-week", Week + "\ndays:\n  - date: 2025-06-09", false },
        { "a week's days as text", "awareness-week", Week + "\ndays: every day", false },
        { "a week with no start", "awareness-week", Week.Replace("start: 2025-06-09\n", ""), false },
    };

    private static readonly Dictionary<string, string> Paths = new()
    {
        ["brief"] = "briefs/b.md",
        ["news"] = "news/n.md",
        ["page"] = "pages/p.md",
        ["member"] = "members/m.yml",
        ["awareness-week"] = "awareness-week/2025/index.md",
    };

    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonSchema>>> Schemas = new(LoadSchemasAsync);

    [Fact]
    public void The_corpus_holds_at_least_thirty_mutations_across_five_types()
    {
        Assert.True(Mutations.Count >= 30, $"{Mutations.Count} mutations");
        Assert.Equal(Paths.Keys.Order(), Mutations.Select(m => (string)m[1]).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Check_and_the_authoring_schema_agree(string name, string type, string frontMatter, bool accepted)
    {
        var path = Paths[type];
        var site = await TestSite.BuildAsync(path.EndsWith(".md", StringComparison.Ordinal)
            ? $"-- {path} --\n---\n{frontMatter}\n---\nBody\n"
            : $"-- {path} --\n{frontMatter}\n");
        var schema = (await Schemas.Value)[type];
        var json = JsonSerializer.SerializeToElement(YamlAsJson.Read(frontMatter));
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(accepted == (site.Errors.Count == 0), $"{name}: check {(site.Errors.Count == 0 ? "accepts" : "rejects")}: {string.Join("; ", site.Errors)}");
        Assert.True(accepted == result.IsValid, $"{name}: the schema {(result.IsValid ? "accepts" : "rejects")} {json}");
    }

    /// <summary>The schemas as the build publishes them, from a site with one valid file of each type.</summary>
    private static async Task<IReadOnlyDictionary<string, JsonSchema>> LoadSchemasAsync()
    {
        var site = await TestSite.BuildAsync($"-- briefs/b.md --\n---\n{Brief}\n---\n-- members/m.yml --\n{Member}\n");
        site.AssertSucceeded();
        return Paths.Keys.ToDictionary(type => type, type => JsonSchema.FromText(site.Text($"api/v1/{type}/authoring.schema.json")));
    }
}
