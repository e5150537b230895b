namespace Movement.Site.Content.Members;

public static class MemberTypes
{
    public static IReadOnlyList<string> Ids { get; } =
        ["charity", "nhs-trust", "local-authority", "professional-body", "law-firm", "community-service", "research", "other"];

    public static string NameOf(string id) => id switch
    {
        "charity" => "Charity",
        "nhs-trust" => "NHS trust",
        "local-authority" => "Local authority",
        "professional-body" => "Professional body",
        "law-firm" => "Law firm",
        "community-service" => "Community service",
        "research" => "Research",
        _ => "Other",
    };
}
