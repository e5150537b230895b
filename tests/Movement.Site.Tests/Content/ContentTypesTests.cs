using System.Runtime.CompilerServices;
using Movement.Site.Content;
using Movement.Site.Content.News;
using Movement.Site.Settings;
using Movement.Testing;

namespace Movement.Site.Tests.Content;

public class ContentTypesTests
{
    private static readonly ContentTypes Types = ContentTypes.For(new SiteSettings());

    [Fact]
    public void Every_kind_of_content_record_is_registered_as_a_type()
    {
        // A record without its registration line would parse nowhere and publish nothing, silently.
        var kinds = typeof(ContentItem).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ContentItem)) && !t.IsAbstract)
            .Select(t => ((ContentItem)RuntimeHelpers.GetUninitializedObject(t)).Kind);

        Assert.All(kinds, kind => Assert.NotNull(Types.Named(kind)));
    }

    [Fact]
    public void Two_types_of_one_name_are_refused_at_once()
    {
        var news = NewsType.Create(new SiteSettings());

        var error = Assert.Throws<InvalidOperationException>(() => new ContentTypes([news, news]));

        Assert.Contains("'news'", error.Message);
    }

    [Fact]
    public void A_pipeline_that_no_type_makes_is_refused_at_once()
    {
        var orphan = NewsType.Create(new SiteSettings()) with { CreatePipeline = null };

        var error = Assert.Throws<InvalidOperationException>(() => new ContentTypes([orphan]));

        Assert.Contains("'News'", error.Message);
    }

    [Fact]
    public void Every_type_names_its_pipeline_labels_and_search_place()
    {
        Assert.All(Types.All, type =>
        {
            Assert.NotEmpty(type.Labels.One);
            Assert.NotEmpty(type.Labels.Many);
            Assert.Contains(type.PipelineName, Types.PipelineNames);
        });
        Assert.Equal(Types.All.Count, Types.All.Select(t => t.SearchPosition).Distinct().Count());
    }

    [Theory]
    [InlineData("briefs/workforce.md", "/briefs/workforce/")]
    [InlineData("news/2025-06-09-week-starts.md", "/news/week-starts/")]
    [InlineData("pages/about.md", "/about/")]
    [InlineData("theory-of-change/2024.md", "/theory-of-change/2024/")]
    [InlineData("awareness-week/2025/index.md", "/awareness-week/2025/")]
    [InlineData("awareness-week/2025/resources/badge.md", "/awareness-week/2025/resources/badge/")]
    [InlineData("members/home-start-uk.yml", "/members/home-start-uk/")]
    [InlineData("members.csv", null)]
    [InlineData("files/report.pdf", null)]
    public void A_content_file_has_its_page_address_from_its_path_alone(string source, string? url)
    {
        Assert.Equal(url, Types.UrlOfSource(source));
    }

    [Fact]
    public async Task Breadcrumbs_lead_back_through_each_types_section()
    {
        var site = await TestSite.BuildWithRealThemeAsync("""
            -- awareness-week/2025/index.md --
            ---
            title: Infant Mental Health Awareness Week 2025
            theme: Understanding the world
            start: 2025-06-09
            end: 2025-06-15
            summary: S
            ---
            -- awareness-week/2025/resources/badge.md --
            ---
            title: The badge
            summary: S
            kind: badge
            file: badge.svg
            alt: The week's badge
            ---
            -- awareness-week/2025/resources/badge.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
            """);

        site.AssertSucceeded();
        var page = site.Text("awareness-week/2025/resources/badge/index.html");
        Assert.Contains("href=\"/awareness-week/\">Awareness week</a>", page);
        Assert.Contains("href=\"/awareness-week/2025/\">2025</a>", page);
    }
}
