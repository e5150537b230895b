using System.Collections.Immutable;
using System.Net;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Pipelines;

namespace Movement.Site.Aliases;

/// <summary>
/// Writes a small redirecting page at each old address listed in 'aliases', so links people saved or
/// printed keep working. It works on any static host; Netlify can also answer with a real 301.
/// </summary>
public sealed class RenderRedirects(SiteContext site) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var redirects = PublishedContent.Documents(site.Types, context)
            .Select(d => (Document: d, Item: d.Require(SiteKeys.Item)))
            .SelectMany(x => x.Item.Aliases.Select(alias => new Document
            {
                Source = x.Document.Source,
                Destination = SitePath.OutputFileForUrl(alias),
                Text = Page(x.Item.Url, x.Item.Title),
            }
            .With(CoreKeys.Url, alias)
            .With(CoreKeys.UrlClaim, AliasLocation.Of(x.Document, alias))
            .With(CoreKeys.UrlClaimFix, $"Remove '{alias}' from 'aliases:' if the other page now lives there, or correct it to the old address this page had.")));
        return Task.FromResult(inputs.AddRange(redirects));
    }

    private string Page(string url, string title)
    {
        var target = WebUtility.HtmlEncode(site.Settings.AbsoluteUrl(url));
        var text = WebUtility.HtmlEncode(title);
        return $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>{text}: this page has moved</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{target}">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p>This page has moved to <a href="{target}">{text}</a>.</p>
            </body>
            </html>

            """;
    }
}
