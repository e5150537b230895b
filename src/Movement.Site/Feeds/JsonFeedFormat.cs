using System.Text.Json.Nodes;
using Movement.Site.Api;
using Movement.Site.Json;
using Movement.Site.Settings;

namespace Movement.Site.Feeds;

/// <summary>A JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedFormat
{
    public static string Feed(FeedItems feed, SiteSettings settings) => SiteJson.Write(new JsonObject
    {
        ["version"] = "https://jsonfeed.org/version/1.1",
        ["title"] = feed.Feed.Title,
        ["home_page_url"] = settings.AbsoluteUrl(feed.Feed.HomeUrl),
        ["feed_url"] = settings.AbsoluteUrl(feed.Feed.JsonUrl),
        ["description"] = feed.Feed.Description,
        ["language"] = feed.Feed.LanguageTag(settings),
        ["authors"] = new JsonArray(new JsonObject { ["name"] = settings.TitleIn(feed.Feed.Lang), ["url"] = settings.AbsoluteUrl(Languages.Language.UrlIn(feed.Feed.Lang, "/")) }),
        ["items"] = new JsonArray(feed.Items.Select(item =>
        {
            var entry = new JsonObject
            {
                ["id"] = settings.AbsoluteUrl(item.Url),
                ["url"] = settings.AbsoluteUrl(item.Url),
                ["title"] = item.Title,
                ["summary"] = item.Summary,
                ["content_html"] = AbsoluteHtml.Of(item.Body.Html, settings.AbsoluteUrl(item.Url)), // Readers show it away from the site.
            };
            if (item.Date is { } date)
            {
                entry["date_published"] = FeedDates.Rfc3339(date);
            }

            if (item.Updated is { } updated)
            {
                entry["date_modified"] = FeedDates.Rfc3339(updated);
            }

            entry["tags"] = ApiEntry.Strings(item.Topics.Select(settings.TopicTitle));
            entry["language"] = item.Lang;
            return (JsonNode)entry;
        }).ToArray()),
    });
}
