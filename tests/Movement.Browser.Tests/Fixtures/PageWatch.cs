using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>
/// Records what should never happen on a page of ours: console errors, uncaught script errors,
/// requests that fail or get an error status, and any request to another origin (the site promises
/// no third-party requests). The page's own document status is left to the test, since a 404 page is
/// meant to come with a 404.
/// </summary>
public sealed class PageWatch
{
    private readonly ConcurrentQueue<string> _problems = new();

    public PageWatch(IPage page, string origin)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsOwnDocumentStatus(message) && !IsIconProbe(message))
            {
                _problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (!IsPictureSwap(request))
            {
                _problems.Enqueue($"failed request: {request.Url} ({request.Failure})");
            }
        };
        page.Request += (_, request) =>
        {
            if (!IsSameOrigin(request.Url, origin))
            {
                _problems.Enqueue($"request to another origin: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                _problems.Enqueue($"status {response.Status}: {response.Url}");
            }
        };
    }

    public IReadOnlyList<string> Problems => _problems.ToList();

    /// <summary>Fails with every recorded problem, one a line.</summary>
    public void AssertNone(string page) =>
        Assert.True(_problems.IsEmpty, $"{page} had problems:\n  " + string.Join("\n  ", _problems));

    private static bool IsSameOrigin(string url, string origin) =>
        url.StartsWith(origin + "/", StringComparison.Ordinal) || url == origin || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal);

    // Chromium asks for /favicon.ico on its own, only sometimes, and logs its 404: checked once, deterministically, by a test of its own.
    private static bool IsIconProbe(IConsoleMessage message) =>
        message.Location.Contains("/favicon.ico", StringComparison.Ordinal);

    // When the window narrows, Chromium drops a picture it was still fetching for the wider layout and asks for the
    // srcset's smaller one: the dropped request ends as "aborted", which is the browser's choice, not a fault of ours.
    // A picture that fails for a real reason ends otherwise (a status is caught below, a refused one by its own error).
    private static bool IsPictureSwap(IRequest request) =>
        request.ResourceType == "image" && request.Failure == "net::ERR_ABORTED";

    // Chromium reports a navigation's error status as a console error as well; the test checks that status itself.
    private static bool IsOwnDocumentStatus(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource: the server responded with a status of", StringComparison.Ordinal)
        && message.Page is { } page && message.Location.StartsWith(page.Url, StringComparison.Ordinal);
}
