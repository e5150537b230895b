using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>
/// Waits for a page's address after a click or key press that navigates. Playwright's WaitForURLAsync, called
/// while a form's or link's navigation is under way but not yet committed, missed the commit on a loaded
/// machine every time (seen with 6 busy processes on 2 cores) and timed out after 30 s, and WaitForLoadStateAsync
/// once waited 30 s for a DOMContentLoaded that had come and gone (CI on a freshly started machine). Asking for the
/// address, then for the document's ready state, again and again cannot miss either.
/// </summary>
public static class PageAddress
{
    private const float Patience = 30_000;

    /// <summary>
    /// Waits until the page's address ends with <paramref name="end"/> (a path, a query, or a whole address), then
    /// until that document has loaded, as WaitForURLAsync does.
    /// </summary>
    public static async Task WaitForAddressEndingAsync(this IPage page, string end)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(end) + "$"), new PageAssertionsToHaveURLOptions { Timeout = Patience });
        await page.WaitForLoadedAsync();
    }

    /// <summary>Waits until the page's current document reports <c>readyState</c> "complete" (its load event has fired).</summary>
    public static async Task WaitForLoadedAsync(this IPage page)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Patience);
        while (true)
        {
            try
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete")
                {
                    return;
                }
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The document was replaced while we asked: ask the new one.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{page.Url} had not loaded after {Patience / 1000} s.");
            }

            await Task.Delay(50);
        }
    }
}
