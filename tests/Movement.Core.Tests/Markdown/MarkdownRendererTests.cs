using Movement.Core.Markdown;

namespace Movement.Core.Tests.Markdown;

public class MarkdownRendererTests
{
    private static RenderedMarkdown Render(string body) =>
        new MarkdownRenderer().Render(body, "briefs/x.md", firstLine: 6, source => source == "briefs/other.md" ? "/briefs/other/" : null);

    [Fact]
    public void Links_are_recorded_with_their_line_in_the_file()
    {
        var rendered = Render("Intro\n\nSee [the other brief](/briefs/other/) for more.\n");

        var link = Assert.Single(rendered.Links);
        Assert.Equal("/briefs/other/", link.Url);
        Assert.Equal((8, 5), (link.Location.Line, link.Location.Column));
    }

    [Fact]
    public void Links_to_content_files_become_page_urls()
    {
        var rendered = Render("[Other](other.md#asks)\n");

        Assert.Contains("href=\"/briefs/other/#asks\"", rendered.Html);
    }

    [Fact]
    public void Relative_images_become_site_paths_and_keep_their_alt_text()
    {
        var rendered = Render("![A poster](poster.svg)\n");

        var image = Assert.Single(rendered.Links);
        Assert.True(image.IsImage);
        Assert.Equal(("/briefs/poster.svg", "A poster"), (image.Url, image.AltText));
    }

    [Fact]
    public void Headings_get_ids_for_a_table_of_contents()
    {
        var rendered = Render("## Why babies need a plan\n\nText\n\n## What we ask\n");

        Assert.Equal(["why-babies-need-a-plan", "what-we-ask"], rendered.Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"why-babies-need-a-plan\">", rendered.Html);
    }

    [Fact]
    public void Generic_attributes_are_not_enabled_so_content_cannot_add_event_handlers()
    {
        var rendered = Render("# Title {onclick=\"alert(1)\"}\n");

        Assert.DoesNotContain("onclick=\"", rendered.Html); // Only the escaped text remains.
    }
}
