using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Mistakes in the content API's settings in site.yml.</summary>
public static class ApiMistakes
{
    /// <summary>site.yml with its two required lines and a page size on line 3.</summary>
    private static string PageSize(string value) => $"-- site.yml --\ntitle: T\nbase_url: https://t.example\napi_page_size: {value}\n";

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // Pages of the API's lists: none would be empty, thousands would be megabytes again.
        ["an_api_page_size_of_nought"] = new(PageSize("0"), "MV0620", "site.yml", 3, ["from 1 to 100", "api_page_size: 25"]) { MessageWords = ["not 0"] },
        ["an_api_page_size_too_large_to_fetch"] = new(PageSize("5000"), "MV0620", "site.yml", 3, ["from 1 to 100", "leave the line out"]) { MessageWords = ["not 5000"] },
        ["a_negative_api_page_size"] = new(PageSize("-10"), "MV0620", "site.yml", 3, ["whole number"]) { Column = 16 },
    };
}
