namespace Movement.Site.Content.Tracker;

/// <summary>
/// The two scales a position is read on. One status would hide what matters most in practice: a government
/// commits and then delivery stalls or is reversed, so commitment and delivery are tracked apart.
/// </summary>
public static class Positions
{
    public static IReadOnlyList<string> Commitments { get; } = ["none", "considering", "partial", "committed", "rejected"];

    public static IReadOnlyList<string> Deliveries { get; } = ["not-started", "in-progress", "delivered", "stalled", "reversed"];

    /// <summary>Every value of both scales, as the tracker's status filter lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Commitments, .. Deliveries];

    /// <summary>A value in words, as visitors read it: "not-started" is "Not started", "none" is "No commitment".</summary>
    public static string NameOf(string value) => value switch
    {
        "none" => "No commitment",
        "partial" => "Partly committed",
        _ => char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' '),
    };
}
