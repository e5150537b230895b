using System.Text.Json.Nodes;
using Movement.Site.Settings;

namespace Movement.Site.Embeds;

/// <summary>An oEmbed 1.0 response of type "rich" for one resource (https://oembed.com/, section 2.3.4).</summary>
public static class OEmbedJson
{
    /// <summary>How long consumers may cache the answer, in seconds.</summary>
    private const int CacheAge = 86400;

    public static JsonObject For(EmbedView embed, SiteSettings settings)
    {
        var json = new JsonObject
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["title"] = embed.Resource.Title,
            ["author_name"] = settings.Title,
            ["author_url"] = settings.AbsoluteUrl("/"),
            ["provider_name"] = settings.Title,
            ["provider_url"] = settings.AbsoluteUrl("/"),
            ["cache_age"] = CacheAge,
            ["html"] = EmbedSnippets.IFrame(embed.Resource, settings, embed.Week),
            ["width"] = embed.Width,
            ["height"] = embed.Height,
        };
        if (EmbedSnippets.Badge(embed.Resource, settings) is { } badge)
        {
            json["badge_html"] = badge; // An extra parameter, as the spec allows: the no-iframe option.
        }

        return json;
    }
}
