using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Everyday slips in front matter and Markdown whose message must name the real cause.</summary>
public static class AuthoringMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
    };
}
