using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>HTML in Markdown that the sanitiser removes or rewrites, with MV0307 at its line.</summary>
public static class MarkupMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
    };
}
