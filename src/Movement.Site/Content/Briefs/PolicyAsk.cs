namespace Movement.Site.Content.Briefs;

/// <summary>One numbered ask of a policy brief: what decision makers should do.</summary>
/// <param name="Id">Its id in the policy tracker, unique across briefs and kept when the brief is renamed; "" when untracked.</param>
public sealed record PolicyAsk(int Number, string Title, string Detail, string Id = "")
{
    /// <summary>The anchor of an ask on its brief's page.</summary>
    public static string AnchorOf(int number) => $"policy-ask-{number}";
}
