namespace Tocsin.Cli.Tests.Signature;

/// <summary>A small valid CAP 1.2 message, laid out as CapWriter writes it.</summary>
public static class CapSample
{
    public const string Message = """
        <?xml version="1.0" encoding="UTF-8"?>
        <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
          <identifier>urn:uuid:3d0f6b2a-8c41-4e7b-9f05-2a6c1e8d7b34</identifier>
          <sender>vigipirate@sgdsn.example.fr</sender>
          <sent>2024-03-24T19:30:00-00:00</sent>
          <status>Actual</status>
          <msgType>Alert</msgType>
          <scope>Public</scope>
          <info>
            <language>fr-FR</language>
            <category>Security</category>
            <event>Vigipirate : urgence attentat</event>
            <urgency>Immediate</urgency>
            <severity>Extreme</severity>
            <certainty>Likely</certainty>
            <area>
              <areaDesc>France métropolitaine</areaDesc>
            </area>
          </info>
        </alert>

        """;
}
