using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Movement.Browser.Tests.Fixtures;

/// <summary>
/// Waits for a page's address after a click or key press that navigates. Playwright's WaitForURLAsync, called
/// while a form's or link's navigation is under way but not yet committed, missed the commit on a loaded
/// machine every time (seen with 6 busy processes on 2 cores) and timed out after 30 s; asking for the address
/// again and again, as expectations do, cannot miss it.
/// </summary>
public static class PageAddress
{
    private const float Patience = 30_000;

    /// <summary>
    /// Waits until the page's address ends with <paramref name="end"/> (a path, a query, or a whole address), then
    /// for that page's load event, as WaitForURLAsync does.
    /// </summary>
    public static async Task WaitForAddressEndingAsync(this IPage page, string end)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(end) + "$"), new PageAssertionsToHaveURLOptions { Timeout = Patience });
        await page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions { Timeout = Patience });
    }
}
