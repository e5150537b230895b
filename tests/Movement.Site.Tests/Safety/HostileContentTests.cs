using System.Text.Json;
using AngleSharp.Dom;
using Movement.Testing;

namespace Movement.Site.Tests.Safety;

/// <summary>
/// Titles, summaries and names that try to break out of the markup: everything from content must come out
/// as text in HTML, in attributes, in JSON-LD and in JSON, never as markup or script.
/// </summary>
public class HostileContentTests
{
    public static TheoryData<string> Hostile =>
    [
        "</script><script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "<!-- --><svg onload=alert(1)>",
        "</SCRIPT >\u2028\u2029<a href=\"javascript:alert(1)\">&amp;</a>",
    ];

    private static Task<BuiltSite> Build(string hostile)
    {
        var quoted = JsonSerializer.Serialize(hostile); // A JSON string is a valid YAML double-quoted string.
        return TestSite.BuildWithRealThemeAsync($"""
            -- briefs/b.md --
            ---
            title: {quoted}
            summary: {quoted}
            date: 2024-01-01
            ---
            Body
            -- news/n.md --
            ---
            title: {quoted}
            summary: {quoted}
            date: 2024-01-02
            ---
            Body
            -- members/m.yml --
            name: {quoted}
            type: charity
            nations: [wales]
            description: {quoted}
            """);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_title_stays_text_in_every_page(string hostile)
    {
        var site = await Build(hostile);

        site.AssertSucceeded();
        var baseline = site.Html("about/index.html" is var about && site.Has(about) ? about : "briefs/index.html");
        foreach (var path in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = site.Html(path);
            Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(page.QuerySelectorAll("img[src=x], svg[onload], a[href^='javascript']"), _ => true);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", $"{path} has an inline script: {s.OuterHtml}"));
            foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                Assert.DoesNotContain("</script", data.TextContent, StringComparison.OrdinalIgnoreCase);
                JsonDocument.Parse(data.TextContent).Dispose();
            }
        }

        var brief = site.Html("briefs/b/index.html");
        Assert.Equal(hostile, brief.QuerySelector("h1")!.TextContent);
        Assert.Equal(hostile, brief.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(hostile, brief.Title, StringComparison.Ordinal);
        Assert.Contains(hostile, JsonValues(brief));
        Assert.Equal(hostile, site.Html("members/m/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(hostile, site.Html("news/n/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_title_is_a_plain_string_in_every_json_output(string hostile)
    {
        var site = await Build(hostile);

        foreach (var path in site.Files.Keys.Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(site.Text(path));
            Assert.DoesNotContain("</script", site.Text(path), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<string> JsonValues(IParentNode page)
    {
        var values = new List<string>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            using var json = JsonDocument.Parse(script.TextContent);
            Collect(json.RootElement, values);
        }

        return values;

        static void Collect(JsonElement element, List<string> into)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    into.Add(element.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, into);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, into);
                    }

                    break;
            }
        }
    }
}
