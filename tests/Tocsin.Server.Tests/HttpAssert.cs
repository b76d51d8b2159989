using System.Net;

namespace Tocsin.Server.Tests;

/// <summary>Assertions on responses that print the body when they fail.</summary>
public static class HttpAssert
{
    public static async Task<string> StatusAsync(HttpStatusCode expected, HttpResponseMessage response, string? mediaType = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}. Body:\n{body}");
        if (mediaType is not null)
        {
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }

        return body;
    }
}
