using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>What reaches the published site: links out of the input folder, file types, long names.</summary>
public static class PublishingMistakes
{
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
    };
}
