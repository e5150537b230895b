using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Inputs that push the parsers: deep nesting, alias bombs, sizes and encodings in YAML, Markdown and CSV.</summary>
public static class ParserMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
    };
}
