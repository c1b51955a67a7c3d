<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot connect: %1

Start it with --server and --ca.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>the server&apos;s health report is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s health report lacks status or version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hss::client::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · sync protocol %3&lt;/p&gt;&lt;p&gt;The support and success console for healthcare organisations that run AI applications: tickets with medical-emergency SLAs, knowledge base, training and feedback, working offline from an encrypted store.&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hss::client::ConnectionStatusLabel</name>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No server configured&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; Online · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hss::client::HomePage</name>
    <message>
        <source>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Agent console for support and medical staff: tickets with emergency SLAs, knowledge base, training and feedback.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;Online, degraded&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Offline&lt;/b&gt;&lt;/span&gt; since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protocol %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hss::client::MainWindow</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hss::client::ServerConnection</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s CA certificate &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
