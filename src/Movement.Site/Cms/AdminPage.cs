using System.Net;
using Movement.Site.Settings;

namespace Movement.Site.Cms;

/// <summary>
/// The editing UI's page: no index, no third-party request, and the only page of the site that runs the
/// CMS script (under its own, looser policy in _headers).
/// </summary>
public static class AdminPage
{
    public static string Html(SiteSettings settings) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>Edit content | {WebUtility.HtmlEncode(settings.Title)}</title>
        <link href="/{CmsFiles.Config}" type="text/yaml" rel="cms-config-url">
        </head>
        <body>
        <noscript>The content editor needs JavaScript.</noscript>
        <script src="/{CmsFiles.Script}"></script>
        </body>
        </html>

        """;
}
