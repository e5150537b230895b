using System.Text.Json;
using Movement.Testing;

namespace Movement.Site.Tests.Metadata;

public class MemberSchemaTypeTests
{
    [Theory]
    [InlineData("charity", "NGO")]
    [InlineData("nhs-trust", "MedicalOrganization")]
    [InlineData("local-authority", "GovernmentOrganization")]
    [InlineData("law-firm", "LegalService")]
    [InlineData("research", "ResearchOrganization")]
    [InlineData("professional-body", "NGO")]
    [InlineData("community-service", "NGO")]
    [InlineData("other", "Organization")]
    public async Task A_members_json_ld_type_follows_its_type(string type, string schemaType)
    {
        var site = await TestSite.BuildWithRealThemeAsync($"""
            -- members/m.yml --
            name: M
            type: {type}
            nations: [wales]
            description: D.
            """);

        site.AssertSucceeded();
        var script = site.Html("members/m/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        var json = JsonDocument.Parse(script).RootElement;
        Assert.Equal(schemaType, json.GetProperty("@type").GetString());
        Assert.Equal("M", json.GetProperty("name").GetString());
    }
}
