using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Mistakes in site.yml (links, featured items), in files made by `new`, and awareness-week folders.</summary>
public static class SettingsMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
    };
}
