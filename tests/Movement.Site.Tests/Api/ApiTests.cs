using System.Text.Json.Nodes;
using Movement.Site.Content;
using Movement.Site.Settings;
using Movement.Testing;
using NJsonSchema;

namespace Movement.Site.Tests.Api;

public class ApiTests
{
    [Fact]
    public async Task Every_api_document_of_the_demo_validates_against_its_published_schema()
    {
        var site = await DemoSite.BuildAsync();
        site.AssertSucceeded();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        async Task<JsonSchema> SchemaAt(string path) =>
            schemas.TryGetValue(path, out var known) ? known : schemas[path] = await JsonSchema.FromJsonAsync(site.Text(path));

        var documents = site.Files.Keys.Where(p => p.StartsWith("api/v1/", StringComparison.Ordinal) && !p.StartsWith("api/v1/oembed/", StringComparison.Ordinal)
            && !p.EndsWith("schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in documents.Where(p => p != "api/v1/openapi.json"))
        {
            var json = JsonNode.Parse(site.Text(path))!;
            var schemaPath = json["$schema"]!.GetValue<string>().Replace("https://first1001days.example.org/", "", StringComparison.Ordinal);
            var errors = (await SchemaAt(schemaPath)).Validate(site.Text(path));
            Assert.True(errors.Count == 0, $"{path} does not match {schemaPath}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }

        var items = documents.Count(p => p.StartsWith("api/v1/content/", StringComparison.Ordinal));
        var counted = JsonNode.Parse(site.Text("api/v1/index.json"))!["types"]!.AsArray().Sum(t => t!["count"]!.GetValue<int>());
        Assert.Equal(counted, items);
        Assert.InRange(items, 60, 1000);
        var types = ContentTypes.For(new SiteSettings()).All;
        Assert.Equal(3 + types.Count + types.Sum(t => t.Api.Documents.Count), schemas.Count); // The index, the lists, the taxonomies, one per type and one per type's own document.
    }

    [Fact]
    public async Task The_schema_rejects_what_the_content_schema_rejects()
    {
        var site = await DemoSite.BuildAsync();
        var schema = await JsonSchema.FromJsonAsync(site.Text("api/v1/brief/schema.json"));
        var brief = JsonNode.Parse(site.Text("api/v1/content/briefs/five-calls.json"))!;

        brief["front_matter"]!["nations"] = new JsonArray("englund");
        Assert.Contains(schema.Validate(brief.ToJsonString()), e => e.Path!.Contains("nations", StringComparison.Ordinal));
        brief = JsonNode.Parse(site.Text("api/v1/content/briefs/five-calls.json"))!;
        brief["front_matter"]!.AsObject().Remove("title");
        Assert.NotEmpty(schema.Validate(brief.ToJsonString()));
    }

    [Fact]
    public async Task Each_type_schema_has_the_fields_of_its_content_schema()
    {
        var site = await DemoSite.BuildAsync();
        var settings = new SiteSettings { Topics = [.. JsonNode.Parse(site.Text("api/v1/brief/schema.json"))!["properties"]!["topics"]!["items"]!["properties"]!["id"]!["enum"]!.AsArray().Select(t => new Topic(t!.GetValue<string>(), "", ""))] };
        foreach (var type in ContentTypes.For(settings).All)
        {
            var frontMatter = JsonNode.Parse(site.Text($"api/v1/{type.Name}/schema.json"))!["properties"]!["front_matter"]!;
            Assert.Equal(type.Schema.Fields.Select(f => f.Name), frontMatter["properties"]!.AsObject().Select(p => p.Key));
            Assert.Equal(type.Schema.Fields.Where(f => f.IsRequired).Select(f => f.Name), frontMatter["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        }

        var topics = JsonNode.Parse(site.Text("api/v1/news/schema.json"))!["properties"]!["front_matter"]!["properties"]!["topics"]!["items"]!["enum"]!.AsArray();
        Assert.Contains("workforce", topics.Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task An_item_document_has_its_front_matter_html_and_text()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Babies need skilled people.
            date: 2024-03-19
            topics: [workforce]
            nations: wales
            asks:
              - title: Train health visitors
                detail: In every area.
            downloads:
              - file: /files/workforce.pdf
                label: The brief (PDF)
            ---
            ## Why it matters

            People *matter*.
            -- files/workforce.pdf --
            %PDF
            """);

        site.AssertSucceeded();
        var item = JsonNode.Parse(site.Text("api/v1/content/briefs/workforce.json"))!;
        Assert.Equal("brief", item["type"]!.GetValue<string>());
        Assert.Equal("https://test.example.org/briefs/workforce/", item["url"]!.GetValue<string>());
        Assert.Equal("2024-03-19", item["front_matter"]!["date"]!.GetValue<string>());
        Assert.Equal("wales", item["front_matter"]!["nations"]![0]!.GetValue<string>());
        Assert.Equal("Train health visitors", item["front_matter"]!["asks"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("/files/workforce.pdf", item["front_matter"]!["downloads"]![0]!["file"]!.GetValue<string>());
        Assert.Contains("<em>matter</em>", item["html"]!.GetValue<string>());
        Assert.Contains("People matter.", item["text"]!.GetValue<string>());

        var list = JsonNode.Parse(site.Text("api/v1/brief/index.json"))!;
        Assert.Equal(1, list["count"]!.GetValue<int>());
        Assert.Equal("/briefs/workforce/", list["items"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Members_are_listed_by_nation_and_by_type()
    {
        var site = await TestSite.BuildAsync("""
            -- members/a.yml --
            name: Alpha
            type: charity
            nations: [wales, england]
            description: A.
            -- members/b.yml --
            name: Beta
            type: nhs-trust
            nations: [scotland]
            description: B.
            """);

        site.AssertSucceeded();
        string[] Names(string path) => [.. JsonNode.Parse(site.Text(path))!["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>())];
        Assert.Equal(["Alpha"], Names("api/v1/member/nation/wales.json"));
        Assert.Equal(["Beta"], Names("api/v1/member/nation/scotland.json"));
        Assert.Empty(Names("api/v1/member/nation/northern-ireland.json"));
        Assert.Equal(["Beta"], Names("api/v1/member/type/nhs-trust.json"));
        Assert.Equal(["Alpha", "Beta"], Names("api/v1/member/index.json"));
        var index = JsonNode.Parse(site.Text("api/v1/index.json"))!;
        Assert.Equal(1, index["members_by_nation"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == "wales")!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Api_json_is_safe_inside_html_and_leaves_out_drafts()
    {
        var site = await TestSite.BuildAsync("""
            -- news/a.md --
            ---
            title: "</script><b>Tom & Jerry</b>"
            date: 2024-03-19
            summary: S
            ---
            -- news/b.md --
            ---
            title: Not yet
            date: 2024-03-19
            summary: S
            status: draft
            ---
            """);

        site.AssertSucceeded();
        var text = site.Text("api/v1/content/news/a.json");
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain("&", text);
        Assert.Equal("</script><b>Tom & Jerry</b>", JsonNode.Parse(text)!["title"]!.GetValue<string>());
        Assert.False(site.Has("api/v1/content/news/b.json"));
        Assert.Equal(1, JsonNode.Parse(site.Text("api/v1/news/index.json"))!["count"]!.GetValue<int>());
    }
}
