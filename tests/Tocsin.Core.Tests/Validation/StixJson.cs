using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Stix;

namespace Tocsin.Core.Tests.Validation;

/// <summary>Valid STIX objects of each category that a test then adjusts with raw JSON values.</summary>
internal sealed class StixJson
{
    private readonly JsonObject _node;

    private StixJson(string json) => _node = JsonNode.Parse(json)!.AsObject();

    public static StixJson Of(string kind) => new(kind switch
    {
        "sdo" => """
            {"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
             "created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z",
             "name":"Poison Ivy","description":"A description","pattern":"[file:name = 'x']","pattern_type":"stix",
             "valid_from":"2016-01-01T00:00:00Z","labels":["heartbleed","has-logo"],
             "kill_chain_phases":[{"kill_chain_name":"lockheed-martin-cyber-kill-chain","phase_name":"reconnaissance"}],
             "external_references":[{"source_name":"veris","external_id":"0001AA7F"}]}
            """,
        "sco" => """
            {"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4","value":"198.51.100.3"}
            """,
        "file" => """
            {"type":"file","spec_version":"2.1","id":"file--58b737df-921c-51f4-a2ec-a0f68ea8b3d3","hashes":{"MD5":"3773a88f65a5e780c8dff9cdc3a056f3"}}
            """,
        "relationship" => """
            {"type":"relationship","spec_version":"2.1","id":"relationship--57b56a43-b8b0-4cba-9deb-34e3e1faed9e",
             "created":"2016-04-06T20:06:37.000Z","modified":"2016-04-06T20:06:37.000Z","relationship_type":"indicates",
             "source_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","target_ref":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
            """,
        "sighting" => """
            {"type":"sighting","spec_version":"2.1","id":"sighting--ee20065d-2555-424f-ad9e-0f8428623c75",
             "created":"2016-04-06T20:08:31.000Z","modified":"2016-04-06T20:08:31.000Z",
             "sighting_of_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}
            """,
        "marking" => """
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
             "created":"2022-10-01T00:00:00.000Z","name":"TLP:GREEN",
             "extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":{"extension_type":"property-extension","tlp_2_0":"green"}}}
            """,
        "statement" => """
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd",
             "created":"2016-08-01T00:00:00.000Z","definition_type":"statement","definition":{"statement":"Copyright 2019, Example Corp"}}
            """,
        "new-sdo" => """
            {"type":"my-favorite-sdo","spec_version":"2.1","id":"my-favorite-sdo--ac97aae4-83f1-46ca-a351-7aeb76678189",
             "created":"2014-02-20T09:16:08.989000Z","modified":"2014-02-20T09:16:08.989000Z","name":"Mine",
             "extensions":{"extension-definition--9c59fd79-4215-4ba2-920d-3e4f320e1e62":{"extension_type":"new-sdo"}}}
            """,
        "location" => """
            {"type":"location","spec_version":"2.1","id":"location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64",
             "created":"2016-04-06T20:03:00.000Z","modified":"2016-04-06T20:03:00.000Z","latitude":48.8566,"longitude":2.3522,"region":"western-europe"}
            """,
        "observed-data" => """
            {"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
             "created":"2016-04-06T19:58:16.000Z","modified":"2016-04-06T19:58:16.000Z","first_observed":"2015-12-21T19:00:00Z",
             "last_observed":"2015-12-21T19:00:00Z","number_observed":50,"object_refs":["ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4"]}
            """,
        "malware" => """
            {"type":"malware","spec_version":"2.1","id":"malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
             "created":"2016-04-06T20:07:09.000Z","modified":"2016-04-06T20:07:09.000Z","name":"Poison Ivy","is_family":true,
             "malware_types":["remote-access-trojan"],"first_seen":"2016-01-01T00:00:00Z","last_seen":"2016-02-01T00:00:00Z"}
            """,
        "report" => """
            {"type":"report","spec_version":"2.1","id":"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3",
             "created":"2015-12-21T19:59:11.000Z","modified":"2015-12-21T19:59:11.000Z","name":"The Black Vine Cyberespionage Group",
             "report_types":["campaign"],"published":"2016-01-20T17:00:00.000Z","object_refs":["indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2"]}
            """,
        "network-traffic" => """
            {"type":"network-traffic","spec_version":"2.1","id":"network-traffic--2568d22a-8998-48e5-9d6c-d8f3b5f4f6ff",
             "src_ref":"ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4","src_port":223,"protocols":["ip","tcp"]}
            """,
        "mac-addr" => """
            {"type":"mac-addr","spec_version":"2.1","id":"mac-addr--65cfcf98-8a6e-4a1b-8f61-379ac4f92d00","value":"d2:fb:49:24:37:18"}
            """,
        "extension-definition" => """
            {"type":"extension-definition","spec_version":"2.1","id":"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e",
             "created_by_ref":"identity--11b76a96-5d2b-45e0-8a5a-f6994f370731","created":"2014-02-20T09:16:08.989Z",
             "modified":"2014-02-20T09:16:08.989Z","name":"Extension Foo Bar","schema":"https://www.example.com/schema-foo-1a/v1/",
             "version":"1.2.1","extension_types":["property-extension"]}
            """,
        "language-content" => """
            {"type":"language-content","spec_version":"2.1","id":"language-content--b86bd89f-98bb-4fa9-8cb2-9ad421da981d",
             "created":"2017-02-08T21:31:22.007Z","modified":"2017-02-08T21:31:22.007Z","object_ref":"campaign--12a111f0-b824-4baf-a224-83b80237a094",
             "object_modified":"2017-02-08T21:31:22.007Z","contents":{"de":{"name":"Bank Angriff 1"},"fr":{"name":"Attaque Bank 1"}}}
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown base object"),
    });

    /// <summary>Sets <paramref name="property"/> to the raw JSON <paramref name="json"/>, or removes it when null.</summary>
    public StixJson Set(string property, string? json)
    {
        if (json is null)
        {
            _node.Remove(property);
        }
        else
        {
            _node[property] = JsonNode.Parse(json);
        }

        return this;
    }

    public StixObject Build() => Parse(_node.ToJsonString());

    public static StixObject Parse(string json) => StixObject.FromTrusted(Encoding.UTF8.GetBytes(json));
}
