using Movement.Core.IO;
using Movement.Site.Content;
using Movement.Testing;
using YamlDotNet.RepresentationModel;

namespace Movement.Site.Tests.Cms;

public class DecapConfigTests
{
    private static async Task<YamlMappingNode> ConfigAsync()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader((await DemoSite.BuildAsync()).Text("admin/config.yml")));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static IEnumerable<YamlMappingNode> Items(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Cast<YamlMappingNode>() : [];

    /// <summary>Resources are one collection per year: "resource-2025".</summary>
    private static string TypeOf(YamlMappingNode collection) => Scalar(collection, "name").Split("-20")[0];

    [Fact]
    public async Task The_editor_saves_through_github_with_the_editorial_workflow()
    {
        var config = await ConfigAsync();

        Assert.Equal("github", Scalar(config["backend"], "name"));
        Assert.Equal("first1001days/website", Scalar(config["backend"], "repo"));
        Assert.Equal("editorial_workflow", Scalar(config, "publish_mode"));
        Assert.Equal("input/files/uploads", Scalar(config, "media_folder"));
    }

    [Fact]
    public async Task Each_content_type_is_a_collection_with_its_schema_fields_widgets_and_required_flags()
    {
        var config = await ConfigAsync();
        var types = ContentTypes.For(Settings.SiteSettingsFile.From(new PhysicalFileSystem(RepositoryRoot.DemoInput), new Movement.Core.Diagnostics.DiagnosticBag(), null));
        var collections = Items(config, "collections").ToList();
        Assert.Equal(types.All.Select(t => t.Name), collections.Select(c => TypeOf(c)).Distinct());
        Assert.Equal(["resource-2025", "resource-2024", "resource-2023"], collections.Select(c => Scalar(c, "name")).Where(n => n.StartsWith("resource", StringComparison.Ordinal)));
        foreach (var type in types.All)
        {
            var collection = collections.First(c => TypeOf(c) == type.Name);
            var fields = Items(collection, "fields").ToList();
            Assert.Equal(type.Schema.Fields.Select(f => f.Name), fields.Select(f => Scalar(f, "name")).Where(n => n != "body"));
            foreach (var field in type.Schema.Fields)
            {
                var widget = fields.Single(f => Scalar(f, "name") == field.Name);
                Assert.Equal(field.IsRequired ? "true" : "false", Scalar(widget, "required"));
                if (field.Choices.Count > 0)
                {
                    Assert.Equal("select", Scalar(widget, "widget"));
                    Assert.Equal(field.Choices.Count, Items(widget, "options").Count());
                }
            }
        }

        var brief = collections.Single(c => Scalar(c, "name") == "brief");
        var nations = Items(brief, "fields").Single(f => Scalar(f, "name") == "nations");
        Assert.Equal(Nations.Ids, Items(nations, "options").Select(o => Scalar(o, "value")));
        Assert.Contains("Northern Ireland", Items(nations, "options").Select(o => Scalar(o, "label")));
        var topics = Items(Items(brief, "fields").Single(f => Scalar(f, "name") == "topics"), "options").ToList();
        Assert.Contains(topics, o => Scalar(o, "value") == "workforce" && Scalar(o, "label") == "The workforce");
        Assert.Equal("datetime", Scalar(Items(brief, "fields").Single(f => Scalar(f, "name") == "date"), "widget"));
        Assert.Equal("markdown", Scalar(Items(brief, "fields").Last(), "widget"));
    }

    [Fact]
    public async Task Each_collection_reads_exactly_the_files_of_its_content_type()
    {
        var config = await ConfigAsync();
        var types = ContentTypes.For(new Settings.SiteSettings());
        var files = Directory.EnumerateFiles(RepositoryRoot.DemoInput, "*", SearchOption.AllDirectories)
            .Select(f => "input/" + Path.GetRelativePath(RepositoryRoot.DemoInput, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();
        var readByType = new Dictionary<string, List<string>>();
        foreach (var collection in Items(config, "collections"))
        {
            var type = types.Named(TypeOf(collection))!;
            var glob = new Glob(type.Pattern);
            var pattern = "^" + System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Escape($"{Scalar(collection, "folder")}/{Scalar(collection, "path")}.{Scalar(collection, "extension")}"),
                @"\\\{\\\{[a-z]+}}", "[^/]+") + "$";
            var read = files.Where(f => System.Text.RegularExpressions.Regex.IsMatch(f, pattern)).ToList();
            Assert.NotEmpty(read);
            Assert.All(read, f => Assert.True(glob.IsMatch(f["input/".Length..]), $"{f} is not a {type.Name}"));
            readByType[type.Name] = [.. readByType.GetValueOrDefault(type.Name, []), .. read];
        }

        foreach (var type in types.All)
        {
            Assert.Equal(files.Where(f => new Glob(type.Pattern).IsMatch(f["input/".Length..])).Order(), readByType[type.Name].Order());
        }
    }

    [Fact]
    public async Task A_new_awareness_week_is_saved_in_the_folder_of_the_year_it_starts()
    {
        var config = await ConfigAsync();

        var week = Items(config, "collections").Single(c => Scalar(c, "name") == "awareness-week");

        // Decap lowercases a path template and turns its dots into hyphens, so the field and its filter go in the slug.
        Assert.Equal("{{fields.start | date('YYYY')}}", Scalar(week, "slug"));
        Assert.Equal("{{slug}}/index", Scalar(week, "path"));
        Assert.DoesNotContain("{{year}}", Scalar(week, "path"));
    }

    [Fact]
    public async Task The_admin_page_loads_the_cms_from_our_site_and_stays_out_of_search()
    {
        var site = await DemoSite.BuildAsync();
        var page = site.Html("admin/index.html");

        Assert.Equal(["/admin/sveltia-cms.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain("://", site.Text("admin/index.html"));
        Assert.DoesNotContain("/admin/", site.Text("sitemap.xml"));
        Assert.DoesNotContain(site.Files.Keys, f => f.EndsWith(".html", StringComparison.Ordinal) && f != "admin/index.html" && site.Text(f).Contains("sveltia", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_two_languages_english_stays_x_md_and_welsh_is_x_cy_md()
    {
        var i18n = (YamlMappingNode)(await ConfigAsync())["i18n"];

        Assert.Equal("multiple_files", Scalar(i18n, "structure"));
        Assert.Equal(["en", "cy"], ((YamlSequenceNode)i18n["locales"]).Select(l => ((YamlScalarNode)l).Value));
        Assert.Equal("en", Scalar(i18n, "default_locale"));
        Assert.Equal("true", Scalar(i18n, "omit_default_locale_from_file_path"));
        // The demo lists untranslated items ('untranslated: list'), so a new item starts in English alone.
        Assert.Equal("default", Scalar(i18n, "initial_locales"));
    }

    /// <summary>What CheckTranslations refuses to see differ (dates, nations) is copied, never retyped.</summary>
    [Fact]
    public async Task A_translation_copies_the_shared_facts_and_translates_the_words()
    {
        var collections = Items(await ConfigAsync(), "collections").ToList();
        var brief = collections.Single(c => Scalar(c, "name") == "brief");
        var fields = Items(brief, "fields").ToDictionary(f => Scalar(f, "name"));
        string I18n(YamlNode field) => Scalar(field, "i18n");

        Assert.Equal("true", Scalar(brief, "i18n"));
        Assert.Equal("duplicate", I18n(fields["date"]));
        Assert.Equal("duplicate", I18n(fields["nations"]));
        Assert.Equal("duplicate", I18n(fields["topics"]));
        Assert.Equal("duplicate", I18n(fields["related"]));
        Assert.Equal("true", I18n(fields["title"]));
        Assert.Equal("true", I18n(fields["slug"]));
        Assert.Equal("true", I18n(fields["body"]));
        Assert.Equal("none", I18n(fields["lang"]));
        var asks = Items(fields["asks"], "fields").ToDictionary(f => Scalar(f, "name"));
        Assert.Equal("true", I18n(fields["asks"]));
        // The Welsh asks are the English asks in order; an id in both files would be the same ask twice (MV0801).
        Assert.Equal(("true", "true", "none"), (I18n(asks["title"]), I18n(asks["detail"]), I18n(asks["id"])));

        var member = collections.Single(c => Scalar(c, "name") == "member");
        Assert.False(member.Children.ContainsKey("i18n"));
        Assert.All(Items(member, "fields"), f => Assert.False(f.Children.ContainsKey("i18n")));
    }

    [Fact]
    public async Task A_site_in_one_language_has_no_translation_settings()
    {
        var site = await TestSite.BuildAsync("""
            -- briefs/workforce.md --
            ---
            title: Develop the workforce
            summary: Skilled people.
            date: 2024-03-19
            ---
            Body
            """);

        var config = site.Text("admin/config.yml");
        Assert.DoesNotContain("i18n", config);
    }

    /// <summary>The editor writes an untouched switch as false and an untouched field as '': neither may change what a page means.</summary>
    [Fact]
    public async Task Saving_leaves_out_empty_fields_and_keeps_pages_in_search()
    {
        var config = await ConfigAsync();

        Assert.Equal("true", Scalar(config["output"], "omit_empty_optional_fields"));
        var search = Items(Items(config, "collections").First(), "fields").Single(f => Scalar(f, "name") == "search");
        Assert.Equal("true", Scalar(search, "default"));
    }
}
