namespace Movement.Site.Metadata;

/// <summary>
/// The schema.org type of a member organisation by its 'type': search engines read an NHS trust as a medical
/// organisation and a council as a government one, not every member as a charity.
/// </summary>
public static class MemberSchemaTypes
{
    public static string Of(string memberType) => memberType switch
    {
        "charity" or "community-service" or "professional-body" => "NGO",
        "nhs-trust" => "MedicalOrganization",
        "local-authority" => "GovernmentOrganization",
        "law-firm" => "LegalService",
        "research" => "ResearchOrganization",
        _ => "Organization",
    };
}
