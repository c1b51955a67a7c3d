<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiCall</name>
    <message>
        <source>unexpected answer from the server: %1</source>
        <translation>unerwartete Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>Teilnahmezertifikat</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Hiermit wird bestätigt, dass</translation>
    </message>
    <message>
        <source>has successfully completed the course</source>
        <translation>den folgenden Kurs erfolgreich abgeschlossen hat:</translation>
    </message>
    <message>
        <source>as part of the %1 program</source>
        <translation>im Rahmen des Programms %1</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Healthcare Support System – Training &amp; Certification</source>
        <translation>Healthcare Support System – Schulung &amp; Zertifizierung</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 met, %3 running</source>
        <translation>%1 von %2 eingehalten, %3 laufend</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>DeviceKeychain</name>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no QCoreApplication runs in this process</source>
        <translation>in diesem Prozess läuft keine QCoreApplication</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation>ein leerer Schlüssel wird nicht gespeichert</translation>
    </message>
    <message>
        <source>no key is remembered for %1 on this device</source>
        <translation>für %1 ist auf diesem Gerät kein Schlüssel hinterlegt</translation>
    </message>
    <message>
        <source>out of locked memory</source>
        <translation>kein gesperrter Speicher mehr verfügbar</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Klinisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>1 – Very dissatisfied</source>
        <translation>1 – Sehr unzufrieden</translation>
    </message>
    <message>
        <source>2 – Dissatisfied</source>
        <translation>2 – Unzufrieden</translation>
    </message>
    <message>
        <source>3 – Neutral</source>
        <translation>3 – Neutral</translation>
    </message>
    <message>
        <source>4 – Satisfied</source>
        <translation>4 – Zufrieden</translation>
    </message>
    <message>
        <source>5 – Very satisfied</source>
        <translation>5 – Sehr zufrieden</translation>
    </message>
    <message>
        <source>Positive (%1)</source>
        <translation>Positiv (%1)</translation>
    </message>
    <message>
        <source>Negative (%1)</source>
        <translation>Negativ (%1)</translation>
    </message>
    <message>
        <source>Neutral (%1)</source>
        <translation>Neutral (%1)</translation>
    </message>
</context>
<context>
    <name>KbLabels</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Medical features</source>
        <translation>Medizinische Funktionen</translation>
    </message>
    <message>
        <source>API integration</source>
        <translation>API-Integration</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>Best practices</source>
        <translation>Bewährte Verfahren</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>In medical review</source>
        <translation>In medizinischer Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Medical guideline</source>
        <translation>Medizinische Leitlinie</translation>
    </message>
</context>
<context>
    <name>PinnedTls</name>
    <message>
        <source>No certificate authority is set for this server: choose the CA file your IT department gave you (it is the only one the console trusts).</source>
        <translation>Für diesen Server ist keine Zertifizierungsstelle festgelegt: Wählen Sie die CA-Datei, die Sie von Ihrer IT-Abteilung erhalten haben (nur ihr vertraut die Konsole).</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s CA certificate &quot;%1&quot;: %2</source>
        <translation>Das CA-Zertifikat des Servers „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>The console cannot connect: %1

Start it with --server and --ca.</source>
        <translation>Die Konsole kann keine Verbindung herstellen: %1

Starten Sie sie mit --server und --ca.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted or has expired, so the console will not send your password to it. Ask your administrator. Details: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig oder abgelaufen, daher sendet die Konsole Ihr Passwort nicht dorthin. Wenden Sie sich an Ihren Administrator. Details: %1</translation>
    </message>
    <message>
        <source>This account needs the current code of your authenticator app.</source>
        <translation>Für dieses Konto wird der aktuelle Code Ihrer Authenticator-App benötigt.</translation>
    </message>
    <message>
        <source>Wrong user name, password or authenticator code (or the account is disabled).</source>
        <translation>Falscher Benutzername, falsches Passwort oder falscher Authenticator-Code (oder das Konto ist deaktiviert).</translation>
    </message>
    <message>
        <source>Wrong user name or password (or the account is disabled).</source>
        <translation>Falscher Benutzername oder falsches Passwort (oder das Konto ist deaktiviert).</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your administrator.</source>
        <translation>Dieses Konto wurde deaktiviert. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts: the account is locked for now. Try again in %1 seconds.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche: Das Konto ist vorübergehend gesperrt. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server has a problem (%1).</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (%1).</translation>
    </message>
    <message>
        <source>Administrators need an authenticator app (TOTP); ask for the account to be set up again.</source>
        <translation>Administratoren benötigen eine Authenticator-App (TOTP); lassen Sie das Konto neu einrichten.</translation>
    </message>
    <message>
        <source>The authenticator code is the 6 to 8 digits your app shows.</source>
        <translation>Der Authenticator-Code besteht aus den 6 bis 8 Ziffern, die Ihre App anzeigt.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>This device&apos;s key file is damaged or was changed: %1</source>
        <translation>Die Schlüsseldatei dieses Geräts ist beschädigt oder wurde verändert: %1</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>Der Datenspeicher ist gesperrt.</translation>
    </message>
    <message>
        <source>The store was re-encrypted but its new key could not be put in place; it will be on the next unlock.</source>
        <translation>Der Datenspeicher wurde neu verschlüsselt, aber sein neuer Schlüssel konnte nicht hinterlegt werden; das geschieht beim nächsten Entsperren.</translation>
    </message>
    <message>
        <source>This console and the server speak different versions of the sync protocol (%1). Ask your administrator for the update; the work on this device is kept.</source>
        <translation>Diese Konsole und der Server verwenden unterschiedliche Versionen des Synchronisationsprotokolls (%1). Bitten Sie Ihren Administrator um das Update; die Arbeit auf diesem Gerät bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>the server&apos;s health report is not JSON: %1</source>
        <translation>der Statusbericht des Servers ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the server&apos;s health report lacks status or version</source>
        <translation>dem Statusbericht des Servers fehlen Status oder Version</translation>
    </message>
</context>
<context>
    <name>SlaCalendarEditor</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>SystemHealthParser</name>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>&apos;%1&apos; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>the health report has no status</source>
        <translation>der Statusbericht enthält keinen Status</translation>
    </message>
    <message>
        <source>the health report lists no services</source>
        <translation>der Statusbericht führt keine Dienste auf</translation>
    </message>
    <message>
        <source>the health report&apos;s entry for &apos;%1&apos; is not an object</source>
        <translation>der Eintrag des Statusberichts für &apos;%1&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>Dienst &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the health history has no list of checks</source>
        <translation>der Zustandsverlauf enthält keine Liste von Prüfungen</translation>
    </message>
    <message>
        <source>a check in the health history has a bad time: %1</source>
        <translation>eine Prüfung im Zustandsverlauf hat eine ungültige Zeit: %1</translation>
    </message>
    <message>
        <source>a check in the health history lacks its service or time</source>
        <translation>einer Prüfung im Zustandsverlauf fehlen Dienst oder Zeit</translation>
    </message>
    <message>
        <source>the incident list has no items</source>
        <translation>die Störungsliste enthält keine Einträge</translation>
    </message>
    <message>
        <source>an incident has a bad time: %1</source>
        <translation>eine Störung hat eine ungültige Zeit: %1</translation>
    </message>
    <message>
        <source>an incident lacks its start time</source>
        <translation>einer Störung fehlt die Startzeit</translation>
    </message>
    <message>
        <source>the answer is not JSON (at byte %1)</source>
        <translation>die Antwort ist kein JSON (bei Byte %1)</translation>
    </message>
    <message>
        <source>the health history has no list of buckets</source>
        <translation>der Zustandsverlauf enthält keine Liste von Zeitabschnitten</translation>
    </message>
    <message>
        <source>a bucket of the health history has a bad start: %1</source>
        <translation>ein Zeitabschnitt des Zustandsverlaufs hat einen ungültigen Beginn: %1</translation>
    </message>
    <message>
        <source>a bucket of the health history lacks its service, start or count</source>
        <translation>einem Zeitabschnitt des Zustandsverlaufs fehlen Dienst, Beginn oder Anzahl</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Medical / clinical</source>
        <translation>Medizinisch / klinisch</translation>
    </message>
    <message>
        <source>Compliance / security</source>
        <translation>Compliance / Sicherheit</translation>
    </message>
    <message>
        <source>Training / onboarding</source>
        <translation>Schulung / Einarbeitung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Patientensicherheit</translation>
    </message>
    <message>
        <source>System downtime</source>
        <translation>Systemausfall</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>Datenschutzverletzung</translation>
    </message>
    <message>
        <source>Compliance violation</source>
        <translation>Compliance-Verstoß</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-Mail der anfragenden Person</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Medical case</source>
        <translation>Medizinischer Fall</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Healthcare professional</source>
        <translation>Medizinische Fachkraft</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Basic training and orientation</source>
        <translation>Grundschulung und Orientierung</translation>
    </message>
    <message>
        <source>Medical workflows and features</source>
        <translation>Medizinische Arbeitsabläufe und Funktionen</translation>
    </message>
    <message>
        <source>System management and configuration</source>
        <translation>Systemverwaltung und Konfiguration</translation>
    </message>
    <message>
        <source>API integration and customization</source>
        <translation>API-Integration und Anpassung</translation>
    </message>
    <message>
        <source>Medical AI Certification</source>
        <translation>Zertifizierung Medizinische KI</translation>
    </message>
    <message>
        <source>Data Security Specialist</source>
        <translation>Fachkraft für Datensicherheit</translation>
    </message>
    <message>
        <source>Platform Administrator</source>
        <translation>Plattformadministrator</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Compliance-Beauftragte(r)</translation>
    </message>
    <message>
        <source>Healthcare AI best practices</source>
        <translation>Bewährte Verfahren für KI im Gesundheitswesen</translation>
    </message>
    <message>
        <source>Advanced security training</source>
        <translation>Fortgeschrittene Sicherheitsschulung</translation>
    </message>
    <message>
        <source>System administration</source>
        <translation>Systemadministration</translation>
    </message>
    <message>
        <source>Regulatory compliance</source>
        <translation>Regulatorische Compliance</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>WrappedKeyFile</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>out of (locked) memory</source>
        <translation>kein (gesperrter) Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>there is no wrapped-key file at %1</source>
        <translation>unter %1 gibt es keine Datei mit verpacktem Schlüssel</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>could not make the wrapped-key file private</source>
        <translation>die Datei mit verpacktem Schlüssel konnte nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>a wrapped-key file already exists at %1</source>
        <translation>unter %1 gibt es bereits eine Datei mit verpacktem Schlüssel</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>the KDF parameters are out of range</source>
        <translation>die KDF-Parameter liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the KEK must be 32 bytes</source>
        <translation>der KEK muss 32 Byte lang sein</translation>
    </message>
    <message>
        <source>the new password is empty</source>
        <translation>das neue Passwort ist leer</translation>
    </message>
    <message>
        <source>the data key must be 32 bytes</source>
        <translation>der Datenschlüssel muss 32 Byte lang sein</translation>
    </message>
    <message>
        <source>could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Argon2id failed (not enough memory?)</source>
        <translation>Argon2id ist fehlgeschlagen (zu wenig Speicher?)</translation>
    </message>
    <message>
        <source>the password does not open the key, or the file belongs to another user or server</source>
        <translation>das Passwort öffnet den Schlüssel nicht, oder die Datei gehört zu einem anderen Benutzer oder Server</translation>
    </message>
    <message>
        <source>not a wrapped-key file (bad magic)</source>
        <translation>keine Datei mit verpacktem Schlüssel (falsche Kennung)</translation>
    </message>
    <message>
        <source>unsupported wrapped-key file version</source>
        <translation>nicht unterstützte Version der Datei mit verpacktem Schlüssel</translation>
    </message>
    <message>
        <source>wrapped-key file has the wrong size</source>
        <translation>die Datei mit verpacktem Schlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <source>wrapped-key file checksum mismatch</source>
        <translation>Prüfsumme der Datei mit verpacktem Schlüssel stimmt nicht</translation>
    </message>
    <message>
        <source>wrapped-key file has out-of-range KDF parameters</source>
        <translation>die Datei mit verpacktem Schlüssel hat KDF-Parameter außerhalb des zulässigen Bereichs</translation>
    </message>
</context>
<context>
    <name>hss-console</name>
    <message>
        <source>Agent console of the Healthcare Support System.</source>
        <translation>Agentenkonsole des Healthcare Support System.</translation>
    </message>
    <message>
        <source>Server address (https://host:port); remembered.</source>
        <translation>Serveradresse (https://host:port); wird gespeichert.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PEM file of the CA the server&apos;s certificate must chain to; remembered.</source>
        <translation>PEM-Datei der CA, auf die sich das Serverzertifikat zurückführen lassen muss; wird gespeichert.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user profile.</source>
        <translation>Einstellungen in dieser INI-Datei statt im Benutzerprofil speichern.</translation>
    </message>
</context>
<context>
    <name>hss::client::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · sync protocol %3&lt;/p&gt;&lt;p&gt;The support and success console for healthcare organisations that run AI applications: tickets with medical-emergency SLAs, knowledge base, training and feedback, working offline from an encrypted store.&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · Synchronisationsprotokoll %3&lt;/p&gt;&lt;p&gt;Die Support- und Erfolgskonsole für Gesundheitseinrichtungen, die KI-Anwendungen betreiben: Tickets mit SLAs für medizinische Notfälle, Wissensdatenbank, Schulung und Feedback, offline nutzbar dank verschlüsseltem Datenspeicher.&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %5, läuft unter Qt %6.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration pages</source>
        <translation>Administrationsseiten</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Seitenstatus</translation>
    </message>
    <message>
        <source>Reload this page from the server</source>
        <translation>Diese Seite neu vom Server laden</translation>
    </message>
    <message>
        <source>Offline: this page needs a connection to the server. What you typed stays here; save once the console is online again.</source>
        <translation>Offline: Diese Seite benötigt eine Verbindung zum Server. Ihre Eingaben bleiben erhalten; speichern Sie, sobald die Konsole wieder online ist.</translation>
    </message>
    <message>
        <source>This page needs a connection to the server. It loads once the console is online.</source>
        <translation>Diese Seite benötigt eine Verbindung zum Server. Sie wird geladen, sobald die Konsole online ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Wird vom Server geladen…</translation>
    </message>
    <message>
        <source>This page needs a connection to the server, which could not be reached (%1). What you typed stays here.</source>
        <translation>Diese Seite benötigt eine Verbindung zum Server, der nicht erreicht werden konnte (%1). Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing (%1). Reload their version? Your changes on this page would be replaced.</source>
        <translation>Jemand anderes hat dies während Ihrer Bearbeitung geändert (%1). Dessen Version neu laden? Ihre Änderungen auf dieser Seite würden ersetzt.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused: this needs the admin role (%1).</source>
        <translation>Der Server hat abgelehnt: Dafür ist die Admin-Rolle erforderlich (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>Der Server hat mit einem Fehler geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminUserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hss::client::AdoptionTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Active professionals</source>
        <translation>Aktive Fachkräfte</translation>
    </message>
    <message>
        <source>Licensed professionals</source>
        <translation>Lizenzierte Fachkräfte</translation>
    </message>
    <message>
        <source>Adoption (%)</source>
        <translation>Nutzung (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneeListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>%1 (cannot be chosen again)</source>
        <translation>%1 (nicht mehr auswählbar)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneePicker</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Type part of a name or user name to find a person</source>
        <translation>Geben Sie einen Teil eines Namens oder Benutzernamens ein, um eine Person zu finden</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateListWidget</name>
    <message>
        <source>&amp;Save certificate as PDF…</source>
        <translation>Zertifikat als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Meine Zertifikate</translation>
    </message>
    <message>
        <source>No certificates yet: complete every module of a course to earn one.</source>
        <translation>Noch keine Zertifikate: Schließen Sie alle Module eines Kurses ab, um eines zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) due for renewal within %1 days.</source>
        <translation>
            <numerusform>%n Zertifikat muss innerhalb von %1 Tagen erneuert werden.</numerusform>
            <numerusform>%n Zertifikate müssen innerhalb von %1 Tagen erneuert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired.</source>
        <translation>
            <numerusform>%n Zertifikat abgelaufen.</numerusform>
            <numerusform>%n Zertifikate abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate-%1.pdf</source>
        <translation>Zertifikat-%1.pdf</translation>
    </message>
    <message>
        <source>Save certificate as PDF</source>
        <translation>Zertifikat als PDF speichern</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Renew: %n day(s) left</source>
        <translation>
            <numerusform>Erneuern: noch %n Tag</numerusform>
            <numerusform>Erneuern: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hss::client::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Before you can work, choose a new password that only you know. Enter the temporary password you were given as the current password. Cancelling signs you out.</source>
        <translation>Ein Administrator hat Ihr Passwort zurückgesetzt. Bevor Sie arbeiten können, wählen Sie ein neues Passwort, das nur Sie kennen. Geben Sie das temporäre Passwort, das Sie erhalten haben, als aktuelles Passwort ein. Wenn Sie abbrechen, werden Sie abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>Mindestens 12 Zeichen.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password twice the same way.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie das neue Passwort zweimal gleich ein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
</context>
<context>
    <name>hss::client::ConnectionStatusLabel</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>&lt;b&gt;No server configured&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Server konfiguriert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; Online · %1</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; Online · %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Letzter Kontakt %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Offline since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Offline seit %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ConsoleSession</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The server settings are not usable: %1</source>
        <translation>Die Servereinstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Working offline needs one sign-in on this device while the server can be reached.</source>
        <translation>Für die Offline-Arbeit ist eine Anmeldung auf diesem Gerät erforderlich, während der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Signed in, but this device&apos;s data was locked with an earlier password of yours. Ask your administrator to reset this device&apos;s data.</source>
        <translation>Angemeldet, aber die Daten dieses Geräts wurden mit einem früheren Passwort von Ihnen gesperrt. Bitten Sie Ihren Administrator, die Daten dieses Geräts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Working offline: %1 Your changes are kept on this device and sent when the server can be reached again.</source>
        <translation>Offline-Betrieb: %1 Ihre Änderungen bleiben auf diesem Gerät und werden gesendet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Lock the console and unlock it with your password to sign in again; your changes stay on this device.</source>
        <translation>Ihre Sitzung auf dem Server ist beendet. Sperren Sie die Konsole und entsperren Sie sie mit Ihrem Passwort, um sich erneut anzumelden; Ihre Änderungen bleiben auf diesem Gerät.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Its data on this device can no longer be opened.</source>
        <translation>Dieses Konto wurde auf dem Server deaktiviert. Seine Daten auf diesem Gerät können nicht mehr geöffnet werden.</translation>
    </message>
    <message>
        <source>The server answered but refused the sign-in: %1 You keep working offline; sign out and in again to sync.</source>
        <translation>Der Server hat geantwortet, aber die Anmeldung abgelehnt: %1 Sie arbeiten offline weiter; melden Sie sich ab und wieder an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>Sync has stopped: %1. Every change made here is kept on this device and is sent once the console or the server has been updated.</source>
        <translation>Die Synchronisation wurde angehalten: %1. Jede hier vorgenommene Änderung bleibt auf diesem Gerät erhalten und wird gesendet, sobald die Konsole oder der Server aktualisiert wurde.</translation>
    </message>
</context>
<context>
    <name>hss::client::CourseTableModel</name>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht eingeschrieben</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Lernpfad</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>hss::client::CsatTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::DashboardFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read</source>
        <translation>
            <numerusform>%n Ticket gelesen</numerusform>
            <numerusform>%n Tickets gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Wird neu berechnet…</translation>
    </message>
</context>
<context>
    <name>hss::client::DashboardPanel</name>
    <message>
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Data…</source>
        <translation>Daten…</translation>
    </message>
    <message>
        <source>Save the data behind this chart as CSV</source>
        <translation>Die Daten dieses Diagramms als CSV speichern</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Daten als CSV speichern…</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hss::client::DurationTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90. Perzentil (min)</translation>
    </message>
</context>
<context>
    <name>hss::client::EmergencyTicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixPage</name>
    <message>
        <source>&amp;Add level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save escalation matrix</source>
        <translation>Eskalationsmatrix &amp;speichern</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>Who is told when an SLA clock reaches an escalation level. People are user names, separated by commas; each must be an active account.</source>
        <translation>Wer benachrichtigt wird, wenn eine SLA-Uhr eine Eskalationsstufe erreicht. Personen sind Benutzernamen, durch Kommas getrennt; jeder muss ein aktives Konto sein.</translation>
    </message>
    <message>
        <source>Escalation matrix</source>
        <translation>Eskalationsmatrix</translation>
    </message>
    <message>
        <source>name at least one channel</source>
        <translation>geben Sie mindestens einen Kanal an</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Escalation matrix saved.</source>
        <translation>Eskalationsmatrix gespeichert.</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixTableModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>People (user names)</source>
        <translation>Personen (Benutzernamen)</translation>
    </message>
    <message>
        <source>Channels (email, slack, sms)</source>
        <translation>Kanäle (email, slack, sms)</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackDialog</name>
    <message>
        <source>Loading the ticket…</source>
        <translation>Ticket wird geladen…</translation>
    </message>
    <message>
        <source>Ticket feedback</source>
        <translation>Ticket-Feedback</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Zufriedenheitsbewertung</translation>
    </message>
    <message>
        <source>Feedback category</source>
        <translation>Feedback-Kategorie</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Feedback-Kommentar</translation>
    </message>
    <message>
        <source>What went well, what could be better? (optional)</source>
        <translation>Was lief gut, was könnte besser sein? (optional)</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Zufriedenheit:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation>Feedback &amp;senden</translation>
    </message>
    <message>
        <source>This ticket is not stored on this computer.</source>
        <translation>Dieses Ticket ist nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Feedback can only be given on a ticket stored here.</source>
        <translation>Feedback ist nur zu einem hier gespeicherten Ticket möglich.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This ticket is not resolved yet. Feedback and a satisfaction score can only be given once a ticket is resolved or closed.</source>
        <translation>Dieses Ticket ist noch nicht gelöst. Feedback und eine Zufriedenheitsbewertung sind erst möglich, wenn ein Ticket gelöst oder geschlossen ist.</translation>
    </message>
    <message>
        <source>Please choose a satisfaction score from 1 to 5.</source>
        <translation>Bitte wählen Sie eine Zufriedenheitsbewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>feedback can only be given on a resolved or closed ticket.</source>
        <translation>Feedback ist nur zu einem gelösten oder geschlossenen Ticket möglich.</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>Das Feedback wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Outcome of the AI decision</source>
        <translation>Ergebnis der KI-Entscheidung</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Near miss (caught before it affected care)</source>
        <translation>Beinahe-Fehler (erkannt, bevor er die Versorgung beeinträchtigte)</translation>
    </message>
    <message>
        <source>AI &amp;decision was:</source>
        <translation>KI-&amp;Entscheidung war:</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackTableModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Ticket not stored here</source>
        <translation>Ticket hier nicht gespeichert</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackWidget</name>
    <message>
        <source>&amp;Give feedback…</source>
        <translation>&amp;Feedback geben…</translation>
    </message>
    <message>
        <source>Rate a resolved ticket</source>
        <translation>Gelöstes Ticket bewerten</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Resolved or closed ticket to rate</source>
        <translation>Gelöstes oder geschlossenes Ticket, das bewertet werden soll</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Erhaltenes Feedback</translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation>Feedback-Liste</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Noch kein Feedback.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), none with a CSAT score.</source>
        <translation>
            <numerusform>%n Eintrag, keiner mit CSAT-Wert.</numerusform>
            <numerusform>%n Einträge, keiner mit CSAT-Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); average CSAT %1 of 5 from %2 score(s).</source>
        <translation>
            <numerusform>%n Eintrag; durchschnittlicher CSAT %1 von 5 aus %2 Bewertung(en).</numerusform>
            <numerusform>%n Einträge; durchschnittlicher CSAT %1 von 5 aus %2 Bewertung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No resolved or closed tickets</source>
        <translation>Keine gelösten oder geschlossenen Tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::HealthAlertTableModel</name>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Services down now</source>
        <translation>Derzeit ausgefallene Dienste</translation>
    </message>
    <message>
        <source>Services degraded now</source>
        <translation>Derzeit eingeschränkte Dienste</translation>
    </message>
    <message>
        <source>State changes (alerts)</source>
        <translation>Zustandswechsel (Warnmeldungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) in the period</source>
        <translation>
            <numerusform>%n Prüfung im Zeitraum</numerusform>
            <numerusform>%n Prüfungen im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>affected: %1</source>
        <translation>betroffen: %1</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Eröffnete Störungen</translation>
    </message>
    <message>
        <source>Incidents open now</source>
        <translation>Derzeit offene Störungen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>hss::client::HealthIncidentTableModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Eröffnet (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Geschlossen (UTC)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>hss::client::HomePage</name>
    <message>
        <source>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Agent console for support and medical staff: tickets with emergency SLAs, knowledge base, training and feedback.&lt;/p&gt;</source>
        <translation>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Agentenkonsole für Support- und medizinisches Personal: Tickets mit Notfall-SLAs, Wissensdatenbank, Schulung und Feedback.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Serverversion:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Trusted certificate authority:</source>
        <translation>Vertrauenswürdige Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>Verbindung jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Check connection now</source>
        <translation>Verbindung jetzt prüfen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt; · TLS geprüft</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;Online, degraded&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;Online, eingeschränkt&lt;/b&gt;&lt;/span&gt; · TLS geprüft</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Offline&lt;/b&gt;&lt;/span&gt; since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Offline&lt;/b&gt;&lt;/span&gt; seit %1</translation>
    </message>
    <message>
        <source>%1 (protocol %2)</source>
        <translation>%1 (Protokoll %2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleEditorDialog</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. Your text is still here: save again once the connection is back.</source>
        <translation>Der Server ist nicht erreichbar, daher wurde nichts gespeichert. Ihr Text ist noch vorhanden: Speichern Sie erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The server did not save the article: %1</source>
        <translation>Der Server hat den Artikel nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Edit “%1” (version %2)</source>
        <translation>„%1“ bearbeiten (Version %2)</translation>
    </message>
    <message>
        <source>This translation now matches version %1 of the original</source>
        <translation>Diese Übersetzung entspricht jetzt Version %1 des Originals</translation>
    </message>
    <message>
        <source>Translate “%1”</source>
        <translation>„%1“ übersetzen</translation>
    </message>
    <message>
        <source>Translated from version %1</source>
        <translation>Übersetzt aus Version %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en, de, fr, es, pt-BR</source>
        <translation>z. B. en, de, fr, es, pt-BR</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>Article text (HTML)</source>
        <translation>Artikeltext (HTML)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Text (HTML)</source>
        <translation>&amp;Text (HTML)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>A few words for the reviewers and the history (optional)</source>
        <translation>Ein paar Worte für die Prüfenden und den Verlauf (optional)</translation>
    </message>
    <message>
        <source>Translation up to date with the original</source>
        <translation>Übersetzung auf dem Stand des Originals</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Video&amp;link:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>Was &amp;geändert wurde:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Someone else saved a newer version of this article while you were writing. Save your text as the next version anyway? The other change stays in the history and can be compared there.</source>
        <translation>Jemand anderes hat eine neuere Version dieses Artikels gespeichert, während Sie geschrieben haben. Ihren Text trotzdem als nächste Version speichern? Die andere Änderung bleibt im Verlauf und kann dort verglichen werden.</translation>
    </message>
    <message>
        <source>Not saved: a newer version exists. Your text is still here.</source>
        <translation>Nicht gespeichert: Es gibt eine neuere Version. Ihr Text ist noch vorhanden.</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleReader</name>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Wählen Sie einen Artikel, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Vote helpful</source>
        <translation>Als hilfreich bewerten</translation>
    </message>
    <message>
        <source>Vote not helpful</source>
        <translation>Als nicht hilfreich bewerten</translation>
    </message>
    <message>
        <source>Article and history</source>
        <translation>Artikel und Verlauf</translation>
    </message>
    <message>
        <source>Was this article helpful?</source>
        <translation>War dieser Artikel hilfreich?</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3 · updated %4 · %5</source>
        <translation>%1 · %2 · Version %3 · aktualisiert %4 · %5</translation>
    </message>
    <message>
        <source>Video: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Video: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>Hilfreich (%1)</translation>
    </message>
    <message>
        <source>Not helpful (%1)</source>
        <translation>Nicht hilfreich (%1)</translation>
    </message>
    <message>
        <source>You have not voted.</source>
        <translation>Sie haben noch nicht abgestimmt.</translation>
    </message>
    <message>
        <source>You found it helpful.</source>
        <translation>Sie fanden ihn hilfreich.</translation>
    </message>
    <message>
        <source>You found it not helpful.</source>
        <translation>Sie fanden ihn nicht hilfreich.</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Dieser Artikel ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Bewertung nicht gespeichert</translation>
    </message>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>Ihre Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Translation state</source>
        <translation>Übersetzungsstatus</translation>
    </message>
    <message>
        <source>Translations of this article</source>
        <translation>Übersetzungen dieses Artikels</translation>
    </message>
    <message>
        <source>Tra&amp;nslations</source>
        <translation>Übersetzu&amp;ngen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · from version %4: out of date</source>
        <translation>%1 · %2 · %3 · aus Version %4: veraltet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · up to date</source>
        <translation>%1 · %2 · %3 · aktuell</translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Noch keine Übersetzungen.</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>das Original</translation>
    </message>
    <message>
        <source>Translation of “%1” made from version %2; the original is now at version %3, so this translation is out of date.</source>
        <translation>Übersetzung von „%1“ auf Grundlage von Version %2; das Original ist inzwischen bei Version %3, daher ist diese Übersetzung veraltet.</translation>
    </message>
    <message>
        <source>Translation of “%1”, up to date with its version %2.</source>
        <translation>Übersetzung von „%1“, auf dem Stand von dessen Version %2.</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Zum Bearbeiten wird eine Verbindung zum Server benötigt.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Store the text of version %1 as a new version %2? The versions in between stay in the history.</source>
        <translation>Den Text von Version %1 als neue Version %2 speichern? Die Versionen dazwischen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The server did not restore the version: %1</source>
        <translation>Der Server hat die Version nicht wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n found it helpful</source>
        <translation>
            <numerusform>%n fand ihn hilfreich</numerusform>
            <numerusform>%n fanden ihn hilfreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not</source>
        <translation>
            <numerusform>%n fand ihn nicht hilfreich</numerusform>
            <numerusform>%n fanden ihn nicht hilfreich</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Helpful / not</source>
        <translation>Hilfreich / nicht</translation>
    </message>
</context>
<context>
    <name>hss::client::KbEditorBar</name>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Send to medical review</source>
        <translation>Zur medizinischen Prüfung senden</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Freigeben und veröffentlichen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Als Entwurf wieder öffnen</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Draft: readers do not see it until it is reviewed and published.</source>
        <translation>Entwurf: Leser sehen den Artikel erst, wenn er geprüft und veröffentlicht ist.</translation>
    </message>
    <message>
        <source>In review: a supervisor or admin checks it, then a medical agent reviews it.</source>
        <translation>In Prüfung: Ein Supervisor oder Admin prüft den Artikel, danach begutachtet ihn ein medizinischer Agent.</translation>
    </message>
    <message>
        <source>In review: waiting for a supervisor or admin.</source>
        <translation>In Prüfung: Wartet auf einen Supervisor oder Admin.</translation>
    </message>
    <message>
        <source>In medical review: waiting for a medical agent to sign it off.</source>
        <translation>In medizinischer Prüfung: Wartet auf die Freigabe durch einen medizinischen Agenten.</translation>
    </message>
    <message>
        <source>Published: every reader sees this version. A change goes through review again.</source>
        <translation>Veröffentlicht: Alle Leser sehen diese Version. Eine Änderung durchläuft erneut die Prüfung.</translation>
    </message>
    <message>
        <source>Archived: kept for the record, not shown to readers.</source>
        <translation>Archiviert: Zur Dokumentation aufbewahrt, für Leser nicht sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>Übers&amp;etzen…</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Edit the article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>Translate the article</source>
        <translation>Artikel übersetzen</translation>
    </message>
    <message>
        <source>Note for the next step</source>
        <translation>Notiz für den nächsten Schritt</translation>
    </message>
    <message>
        <source>Note for the next step (e.g. what to change)</source>
        <translation>Notiz für den nächsten Schritt (z. B. was zu ändern ist)</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Zum Bearbeiten wird eine Verbindung zum Server benötigt.</translation>
    </message>
    <message>
        <source>You saved this version: someone else must approve it.</source>
        <translation>Sie haben diese Version gespeichert: Jemand anderes muss sie freigeben.</translation>
    </message>
    <message>
        <source>Step not taken</source>
        <translation>Schritt nicht ausgeführt</translation>
    </message>
    <message>
        <source>Someone changed this article meanwhile; look at the new version first.</source>
        <translation>Jemand hat diesen Artikel zwischenzeitlich geändert; sehen Sie sich zuerst die neue Version an.</translation>
    </message>
    <message>
        <source>The server refused the step: %1</source>
        <translation>Der Server hat den Schritt abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::KbHistoryPanel</name>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Unterschiede zwischen den Versionen</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>&amp;Version vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Only one version is kept on this console: nothing to compare.</source>
        <translation>Auf dieser Konsole ist nur eine Version gespeichert: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>These versions are not stored on this console.</source>
        <translation>Diese Versionen sind auf dieser Konsole nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) → version %3 (%4): %n change(s)</source>
        <translation>
            <numerusform>Version %1 (%2) → Version %3 (%4): %n Änderung</numerusform>
            <numerusform>Version %1 (%2) → Version %3 (%4): %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore the older version</source>
        <translation>Ältere Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the older version as the next version</source>
        <translation>Die ältere Version als nächste Version wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hss::client::KnowledgeBaseWidget</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Titel und Text durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Wissensdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n Artikel</numerusform>
            <numerusform>%1, %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Einen neuen Artikel schreiben</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Zum Bearbeiten wird eine Verbindung zum Server benötigt.</translation>
    </message>
</context>
<context>
    <name>hss::client::KpiCardTableModel</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 with an impossible time left out</source>
        <translation>
            <numerusform>%n Ticket, %1 mit unmöglicher Zeit ausgelassen</numerusform>
            <numerusform>%n Tickets, %1 mit unmöglicher Zeit ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Erstellte Tickets</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>im Zeitraum</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Lösung (Median)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>%1 of %2 answers satisfied</source>
        <translation>%1 von %2 Antworten zufrieden</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Eskalationsrate</translation>
    </message>
    <message>
        <source>%1 of %2 tickets escalated</source>
        <translation>%1 von %2 Tickets eskaliert</translation>
    </message>
    <message>
        <source>Average sentiment</source>
        <translation>Durchschnittliche Stimmung</translation>
    </message>
    <message>
        <source>-1 … 1</source>
        <translation>-1 … 1</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Klinische Nutzung</translation>
    </message>
    <message>
        <source>no usage figures in the period</source>
        <translation>keine Nutzungszahlen im Zeitraum</translation>
    </message>
    <message>
        <source>%1 of %2 licensed professionals active, %3 – %4</source>
        <translation>%1 von %2 lizenzierten Fachkräften aktiv, %3 – %4</translation>
    </message>
    <message>
        <source>Open emergencies</source>
        <translation>Offene Notfälle</translation>
    </message>
    <message>
        <source>now, whenever created</source>
        <translation>aktuell, unabhängig vom Erstellungsdatum</translation>
    </message>
    <message>
        <source>Emergency response (median)</source>
        <translation>Notfallreaktion (Median)</translation>
    </message>
    <message>
        <source>Emergencies answered within 30 min</source>
        <translation>Innerhalb von 30 min beantwortete Notfälle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Medical SLA compliance</source>
        <translation>Medizinische SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Patient safety score</source>
        <translation>Patientensicherheitswert</translation>
    </message>
    <message>
        <source>no safety reports in the period</source>
        <translation>keine Sicherheitsmeldungen im Zeitraum</translation>
    </message>
    <message>
        <source>%1 correct, %2 incorrect, %3 near misses</source>
        <translation>%1 richtig, %2 falsch, %3 Beinahe-Fehler</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>hss::client::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console will use the new language the next time you start it.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>hss::client::MainWindow</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>Verbindung jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>Sch&amp;ulung</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Workspace pages</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>&amp;Support dashboard</source>
        <translation>&amp;Support-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Medical dashboard</source>
        <translation>&amp;Medizinisches Dashboard</translation>
    </message>
    <message>
        <source>S&amp;ystem health</source>
        <translation>S&amp;ystemzustand</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administration…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
</context>
<context>
    <name>hss::client::MedicalDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Open emergency tickets</source>
        <translation>Offene Notfalltickets</translation>
    </message>
    <message>
        <source>Medical tickets resolved within SLA</source>
        <translation>Innerhalb des SLA gelöste medizinische Tickets</translation>
    </message>
    <message>
        <source>Patient safety (AI decisions)</source>
        <translation>Patientensicherheit (KI-Entscheidungen)</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Klinische Nutzung</translation>
    </message>
    <message>
        <source>% active</source>
        <translation>% aktiv</translation>
    </message>
    <message>
        <source>No open emergency tickets.</source>
        <translation>Keine offenen Notfalltickets.</translation>
    </message>
    <message>
        <source>No usage figures whose reporting period lies within the chosen period.</source>
        <translation>Keine Nutzungszahlen, deren Berichtszeitraum im gewählten Zeitraum liegt.</translation>
    </message>
</context>
<context>
    <name>hss::client::NewSlaPolicyDialog</name>
    <message>
        <source>New SLA policy</source>
        <translation>Neue SLA-Richtlinie</translation>
    </message>
    <message>
        <source>Priority of the tickets the policy is for</source>
        <translation>Priorität der Tickets, für die die Richtlinie gilt</translation>
    </message>
    <message>
        <source>Category of the tickets the policy is for</source>
        <translation>Kategorie der Tickets, für die die Richtlinie gilt</translation>
    </message>
    <message>
        <source>Any category (the priority&apos;s fallback)</source>
        <translation>Beliebige Kategorie (Standard für diese Priorität)</translation>
    </message>
    <message>
        <source>Business calendar the policy counts in</source>
        <translation>Geschäftskalender, nach dem die Richtlinie rechnet</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>&amp;Add policy</source>
        <translation>Richtlinie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>There already is a policy for these tickets (&quot;%1&quot;): change its targets in the table.</source>
        <translation>Für diese Tickets gibt es bereits eine Richtlinie („%1“): Ändern Sie ihre Ziele in der Tabelle.</translation>
    </message>
    <message>
        <source>The targets start as those of &quot;%1&quot;, which covers these tickets today.</source>
        <translation>Die Ziele werden zunächst von „%1“ übernommen, der Richtlinie, die derzeit für diese Tickets gilt.</translation>
    </message>
    <message>
        <source>The targets start at the product&apos;s defaults for this priority.</source>
        <translation>Die Ziele beginnen mit den Standardwerten des Produkts für diese Priorität.</translation>
    </message>
</context>
<context>
    <name>hss::client::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Name der anfragenden Person</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-Mail der anfragenden Person</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Referenz des medizinischen Falls</translation>
    </message>
    <message>
        <source>What is the problem? (required)</source>
        <translation>Worum geht es? (erforderlich)</translation>
    </message>
    <message>
        <source>What happened, who is affected, since when…</source>
        <translation>Was ist passiert, wer ist betroffen, seit wann…</translation>
    </message>
    <message>
        <source>optional, e.g. for phone tickets</source>
        <translation>optional, z. B. bei telefonischen Tickets</translation>
    </message>
    <message>
        <source>optional, e.g. MC-2026-00042</source>
        <translation>optional, z. B. MC-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation>Ticket e&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Anfragende Person:</translation>
    </message>
    <message>
        <source>Requester &amp;e-mail:</source>
        <translation>&amp;E-Mail der anfragenden Person:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Medizinischer &amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter who reported the problem (the requester&apos;s name).</source>
        <translation>Geben Sie an, wer das Problem gemeldet hat (Name der anfragenden Person).</translation>
    </message>
    <message>
        <source>Cannot create the ticket</source>
        <translation>Das Ticket kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Create an emergency ticket?</source>
        <translation>Notfallticket erstellen?</translation>
    </message>
    <message>
        <source>This ticket will be marked as a medical emergency and sent before every other change. Create it?</source>
        <translation>Dieses Ticket wird als medizinischer Notfall gekennzeichnet und vor allen anderen Änderungen gesendet. Erstellen?</translation>
    </message>
    <message>
        <source>Discard the new ticket?</source>
        <translation>Neues Ticket verwerfen?</translation>
    </message>
    <message>
        <source>The new ticket is not created yet. Discard what you typed?</source>
        <translation>Das neue Ticket ist noch nicht erstellt. Ihre Eingaben verwerfen?</translation>
    </message>
</context>
<context>
    <name>hss::client::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>lower case letters, digits, . _ -</source>
        <translation>Kleinbuchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Teams, separated by commas</source>
        <translation>Teams, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangskennwort</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Anfangs&amp;kennwort:</translation>
    </message>
    <message>
        <source>use 3 or more lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>verwenden Sie 3 oder mehr Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>wählen Sie mindestens eine Rolle</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Sendet an</translation>
    </message>
    <message>
        <source>Medical escalation</source>
        <translation>Medizinische Eskalation</translation>
    </message>
    <message>
        <source>Sent (24 h)</source>
        <translation>Gesendet (24 h)</translation>
    </message>
    <message>
        <source>Failed (24 h)</source>
        <translation>Fehlgeschlagen (24 h)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelsPage</name>
    <message>
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <source>Test recipient (optional)</source>
        <translation>Testempfänger (optional)</translation>
    </message>
    <message>
        <source>optional: an address or phone number; empty sends to the configured one</source>
        <translation>optional: eine Adresse oder Telefonnummer; leer sendet an die konfigurierte</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>Test&amp;empfänger:</translation>
    </message>
    <message>
        <source>Send test: %1</source>
        <translation>Test senden: %1</translation>
    </message>
    <message>
        <source>Send a test message through %1</source>
        <translation>Eine Testnachricht über %1 senden</translation>
    </message>
    <message>
        <source>This channel is disabled in the server&apos;s configuration.</source>
        <translation>Dieser Kanal ist in der Serverkonfiguration deaktiviert.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::OrganisationSettingsPage</name>
    <message>
        <source>Closed tickets (days, 0 = keep):</source>
        <translation>Geschlossene Tickets (Tage, 0 = behalten):</translation>
    </message>
    <message>
        <source>Audit log, kept at least (days):</source>
        <translation>Audit-Protokoll, mindestens aufbewahrt (Tage):</translation>
    </message>
    <message>
        <source>Server health history (days):</source>
        <translation>Verlauf des Serverzustands (Tage):</translation>
    </message>
    <message>
        <source>Sent notifications (days):</source>
        <translation>Gesendete Benachrichtigungen (Tage):</translation>
    </message>
    <message>
        <source>Sync change records (days):</source>
        <translation>Sync-Änderungsdatensätze (Tage):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Idle lock time in minutes</source>
        <translation>Sperrzeit bei Inaktivität in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Sperre bei Inaktivität</translation>
    </message>
    <message>
        <source>Lock consoles after &amp;idle time:</source>
        <translation>Konsolen sperren nach &amp;Inaktivität von:</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Datenaufbewahrung</translation>
    </message>
    <message>
        <source>The server deletes older data in small batches. The audit log is never deleted early: its period is the least time it is kept.</source>
        <translation>Der Server löscht ältere Daten in kleinen Stapeln. Das Audit-Protokoll wird nie vorzeitig gelöscht: Sein Zeitraum ist die Mindestaufbewahrungsdauer.</translation>
    </message>
    <message>
        <source>Idle lock and data retention</source>
        <translation>Sperre bei Inaktivität und Datenaufbewahrung</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Consoles lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Einstellungen gespeichert. Konsolen werden nach %n Minute ohne Aktivität gesperrt.</numerusform>
            <numerusform>Einstellungen gespeichert. Konsolen werden nach %n Minuten ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::OutcomeTableModel</name>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Beinahe-Fehler</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-Uhren</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChangeController</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Zum Ändern Ihres Passworts wird eine Verbindung zum Server benötigt. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChanger</name>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Zum Ändern Ihres Passworts wird eine Verbindung zum Server benötigt. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The new password is not accepted: %1</source>
        <translation>Das neue Passwort wird nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The server could not be reached; your password is unchanged. (%1)</source>
        <translation>Der Server war nicht erreichbar; Ihr Passwort ist unverändert. (%1)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Your password has been changed on the server, but this device&apos;s data is still locked with the old one: %1</source>
        <translation>Ihr Passwort wurde auf dem Server geändert, aber die Daten dieses Geräts sind noch mit dem alten gesperrt: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Neues Passwort, noch einmal</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>%1 will have to sign in again on every device, with this password.</source>
        <translation>%1 muss sich danach auf jedem Gerät mit diesem Passwort neu anmelden.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>type the new password</source>
        <translation>Geben Sie das neue Passwort ein</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
</context>
<context>
    <name>hss::client::ResponseTimeTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
</context>
<context>
    <name>hss::client::ServerConnection</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>Die Serveradresse muss mit https:// beginnen und einen Host nennen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>hss::client::ServiceStatusTableModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>The last check is older than the monitor&apos;s cycle: the monitor may have stopped.</source>
        <translation>Die letzte Prüfung ist älter als der Prüfzyklus der Überwachung: Die Überwachung läuft möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>Geprüft (UTC)</translation>
    </message>
    <message>
        <source>Uptime 24 h (%)</source>
        <translation>Verfügbarkeit 24 h (%)</translation>
    </message>
    <message>
        <source>Uptime 7 d (%)</source>
        <translation>Verfügbarkeit 7 Tage (%)</translation>
    </message>
    <message>
        <source>Errors 24 h (%)</source>
        <translation>Fehler 24 h (%)</translation>
    </message>
    <message>
        <source>Errors 7 d (%)</source>
        <translation>Fehler 7 Tage (%)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hss::client::SignInDialog</name>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>Authenticator-&amp;Code:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your support account. Without a connection to the server you can still work on this device&apos;s copy, if you signed in here before.</source>
        <translation>Melden Sie sich mit Ihrem Support-Konto an. Ohne Verbindung zum Server können Sie weiterhin mit der Kopie auf diesem Gerät arbeiten, sofern Sie sich hier schon einmal angemeldet haben.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaCalendarEditor</name>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Rund um die Uhr geöffnet (24/7)</translation>
    </message>
    <message>
        <source>Calendar to edit</source>
        <translation>Zu bearbeitender Kalender</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Kalendername</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Holidays, one date per line</source>
        <translation>Feiertage, ein Datum pro Zeile</translation>
    </message>
    <message>
        <source>2026-12-25</source>
        <translation>2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Arbeitszeiten am %1</translation>
    </message>
    <message>
        <source>closed, or e.g. 08:00-12:00, 13:00-18:00</source>
        <translation>geschlossen, oder z. B. 08:00-12:00, 13:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Feiertage:</translation>
    </message>
    <message>
        <source>%1: write the hours as HH:MM-HH:MM, separated by commas (e.g. 08:00-12:00, 13:00-18:00)</source>
        <translation>%1: Geben Sie die Zeiten als HH:MM-HH:MM an, durch Kommas getrennt (z. B. 08:00-12:00, 13:00-18:00)</translation>
    </message>
    <message>
        <source>Holidays: &quot;%1&quot; is not a date like 2026-12-25</source>
        <translation>Feiertage: „%1“ ist kein Datum wie 2026-12-25</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaClocksWidget</name>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-Uhren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uhr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remaining&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbleibend&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Escalation level: –</source>
        <translation>Eskalationsstufe: –</translation>
    </message>
    <message>
        <source>No SLA report yet: the clocks appear once the server has seen this ticket.</source>
        <translation>Noch kein SLA-Bericht: Die Uhren erscheinen, sobald der Server dieses Ticket gesehen hat.</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>Escalation level: %1</source>
        <translation>Eskalationsstufe: %1</translation>
    </message>
    <message>
        <source>Estimated on this console until the server reports the clocks.</source>
        <translation>Auf dieser Konsole geschätzt, bis der Server die Uhren meldet.</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaConfigurationPage</name>
    <message>
        <source>&amp;Save SLA configuration</source>
        <translation>SLA-Konfiguration &amp;speichern</translation>
    </message>
    <message>
        <source>SLA policies: targets in business minutes</source>
        <translation>SLA-Richtlinien: Ziele in Geschäftsminuten</translation>
    </message>
    <message>
        <source>Save the SLA policies and calendars</source>
        <translation>SLA-Richtlinien und Kalender speichern</translation>
    </message>
    <message>
        <source>Policies (business minutes)</source>
        <translation>Richtlinien (Geschäftsminuten)</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>SLA-Richtlinien und Kalender</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved as revision %1. Open tickets are re-planned by the server.</source>
        <translation>Als Revision %1 gespeichert. Offene Tickets werden vom Server neu geplant.</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>Richtlinie &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move policy</source>
        <translation>Richtlinie &amp;entfernen</translation>
    </message>
    <message>
        <source>Add an SLA policy for a priority and category</source>
        <translation>SLA-Richtlinie für eine Priorität und Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected SLA policy</source>
        <translation>Ausgewählte SLA-Richtlinie entfernen</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; added: set its targets, then save.</source>
        <translation>Richtlinie „%1“ hinzugefügt: Legen Sie ihre Ziele fest und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Select the policy to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernende Richtlinie aus.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; removed: save to apply, or reload to keep it.</source>
        <translation>Richtlinie „%1“ entfernt: Speichern Sie, um dies zu übernehmen, oder laden Sie neu, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaPolicyTableModel</name>
    <message>
        <source>Policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Beliebige Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation>Erste Antwort (min)</translation>
    </message>
    <message>
        <source>Next update (min)</source>
        <translation>Nächste Aktualisierung (min)</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Lösung (min)</translation>
    </message>
    <message>
        <source>Escalate after (min)</source>
        <translation>Eskalieren nach (min)</translation>
    </message>
</context>
<context>
    <name>hss::client::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given</source>
        <translation>Es wurde kein Verschlüsselungsschlüssel angegeben</translation>
    </message>
    <message>
        <source>call setRawKey() with a 32-byte key first</source>
        <translation>rufen Sie zuerst setRawKey() mit einem 32-Byte-Schlüssel auf</translation>
    </message>
    <message>
        <source>Cannot open the database file %1</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot key the database</source>
        <translation>Der Schlüssel kann nicht auf die Datenbank angewendet werden</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>Die Seitengröße kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>The file is not a database of this user, or it is damaged</source>
        <translation>Die Datei ist keine Datenbank dieses Benutzers oder ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot re-encrypt the database</source>
        <translation>Die Datenbank kann nicht neu verschlüsselt werden</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>Die Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>Die Transaktion kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>Die Transaktion kann nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>hss::client::SupportDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Tickets by status</source>
        <translation>Tickets nach Status</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets by priority</source>
        <translation>Tickets nach Priorität</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Erstreaktionszeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Lösungszeit</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% zufrieden</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>Teamleistung</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncApi</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>Die Serveradresse muss mit https:// beginnen und einen Host nennen (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisation</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online, first sync running</source>
        <translation>Online, erste Synchronisation läuft</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>Sign-in needed to sync</source>
        <translation>Zum Synchronisieren ist eine Anmeldung nötig</translation>
    </message>
    <message>
        <source>Account disabled: sync stopped</source>
        <translation>Konto deaktiviert: Synchronisation gestoppt</translation>
    </message>
    <message>
        <source>all changes sent</source>
        <translation>alle Änderungen gesendet</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 Änderungen warten</translation>
    </message>
    <message>
        <source>1 change refused</source>
        <translation>1 Änderung abgelehnt</translation>
    </message>
    <message>
        <source>%1 changes refused</source>
        <translation>%1 Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 Konflikt zu prüfen</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 Konflikte zu prüfen</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>Update needed: this console and the server cannot sync (changes kept)</source>
        <translation>Update nötig: Diese Konsole und der Server können nicht synchronisieren (Änderungen bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthService</name>
    <message>
        <source>not connected to the server</source>
        <translation>nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <source>The server reports itself down; the states are those of its last recorded checks.</source>
        <translation>Der Server meldet sich selbst als ausgefallen; die Zustände stammen aus seinen zuletzt erfassten Prüfungen.</translation>
    </message>
    <message>
        <source>could not read the check history: %1</source>
        <translation>der Prüfverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Incidents are shown to supervisors and admins only.</source>
        <translation>Störungen werden nur Supervisoren und Admins angezeigt.</translation>
    </message>
    <message>
        <source>Could not read the incidents: %1</source>
        <translation>Die Störungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthWidget</name>
    <message>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation>Übersicht der Warnmeldungen</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Störungsverlauf</translation>
    </message>
    <message>
        <source>No health report yet. The figures appear once the console is signed in and online.</source>
        <translation>Noch kein Statusbericht. Die Kennzahlen erscheinen, sobald die Konsole angemeldet und online ist.</translation>
    </message>
    <message>
        <source>No timed checks in this period.</source>
        <translation>Keine Prüfungen mit Zeitmessung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No response times yet.</source>
        <translation>Noch keine Antwortzeiten.</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Keine Störungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No incident history yet.</source>
        <translation>Noch kein Störungsverlauf.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health…</source>
        <translation>Serverzustand wird gelesen…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Could not read the system health: %1</source>
        <translation>Der Systemzustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing the figures taken at %2 UTC.</source>
        <translation>Aktualisierung nicht möglich (%1). Angezeigt werden die Kennzahlen mit Stand %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Taken at %1 UTC, %n check(s) in the period.</source>
        <translation>
            <numerusform>Stand %1 UTC, %n Prüfung im Zeitraum.</numerusform>
            <numerusform>Stand %1 UTC, %n Prüfungen im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned the checks since %1 UTC.</source>
        <translation>Der Server hat die Prüfungen seit %1 UTC geliefert.</translation>
    </message>
</context>
<context>
    <name>hss::client::TeamPerformanceTableModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Median erste Antwort (min)</translation>
    </message>
    <message>
        <source>Median resolution (min)</source>
        <translation>Median Lösung (min)</translation>
    </message>
    <message>
        <source>SLA compliance (%)</source>
        <translation>SLA-Einhaltung (%)</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentTableModel</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentsPanel</name>
    <message>
        <source>Pu&amp;blic reply</source>
        <translation>Öffentliche A&amp;ntwort</translation>
    </message>
    <message>
        <source>I&amp;nternal note</source>
        <translation>I&amp;nterne Notiz</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Write a reply or an internal note… (Ctrl+Return adds it)</source>
        <translation>Schreiben Sie eine Antwort oder eine interne Notiz… (Ctrl+Return fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Public reply, the requester sees it</source>
        <translation>Öffentliche Antwort, für die anfragende Person sichtbar</translation>
    </message>
    <message>
        <source>Internal note, staff only</source>
        <translation>Interne Notiz, nur für Mitarbeitende</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketConflictsWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>Sync conflicts to review (%n)</source>
        <translation>
            <numerusform>Zu prüfende Synchronisationskonflikte (%n)</numerusform>
            <numerusform>Zu prüfende Synchronisationskonflikte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Server kept: %1</source>
        <translation>Vom Server beibehalten: %1</translation>
    </message>
    <message>
        <source>Other edit: %1</source>
        <translation>Andere Bearbeitung: %1</translation>
    </message>
    <message>
        <source>&amp;Keep server text</source>
        <translation>Server&amp;text behalten</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>Diesen Text &amp;verwenden</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value and mark the conflict reviewed</source>
        <translation>Den Wert des Servers behalten und den Konflikt als geprüft markieren</translation>
    </message>
    <message>
        <source>Use the other edit and mark the conflict reviewed</source>
        <translation>Die andere Bearbeitung übernehmen und den Konflikt als geprüft markieren</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCountTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketEditorWidget</name>
    <message>
        <source>Created on this console (waiting to sync)</source>
        <translation>Auf dieser Konsole erstellt (wartet auf Synchronisation)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>First response sent</source>
        <translation>Erste Reaktion gesendet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Changed here: %1 (waiting to sync)</source>
        <translation>Hier geändert: %1 (wartet auf Synchronisation)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Suggested knowledge-base articles</source>
        <translation>Vorgeschlagene Artikel aus der Wissensdatenbank</translation>
    </message>
    <message>
        <source>This ticket is no longer in the local store.</source>
        <translation>Dieses Ticket ist nicht mehr im lokalen Datenspeicher.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Suggested &amp;articles</source>
        <translation>Vorgeschlagene &amp;Artikel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>This ticket was changed elsewhere. Save keeps your edits of the fields you changed; Revert shows the new values.</source>
        <translation>Dieses Ticket wurde an anderer Stelle geändert. „Speichern“ behält Ihre Änderungen an den Feldern, die Sie bearbeitet haben; „Zurücksetzen“ zeigt die neuen Werte.</translation>
    </message>
    <message>
        <source>No matching articles.</source>
        <translation>Keine passenden Artikel.</translation>
    </message>
    <message>
        <source>Suggested &amp;articles (%1)</source>
        <translation>Vorgeschlagene &amp;Artikel (%1)</translation>
    </message>
    <message>
        <source>Cannot save the ticket</source>
        <translation>Das Ticket kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The ticket has changes that are not saved. Save them?</source>
        <translation>Das Ticket hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation>Der Kommentar kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>Der Konflikt kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>History and suggested articles</source>
        <translation>Verlauf und vorgeschlagene Artikel</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketFieldsForm</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Name der anfragenden Person</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>E-Mail der anfragenden Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Referenz des medizinischen Falls</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>e.g. MC-2026-00042</source>
        <translation>z. B. MC-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Anfragende Person:</translation>
    </message>
    <message>
        <source>Re&amp;quester e-mail:</source>
        <translation>E-Mail der anf&amp;ragenden Person:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Medizinischer &amp;Fall:</translation>
    </message>
    <message>
        <source>Escalation &amp;level:</source>
        <translation>Eskalations&amp;stufe:</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose the assignee from the list, or Unassigned.</source>
        <translation>Wählen Sie die zuständige Person aus der Liste oder „Nicht zugewiesen“.</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueTableModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege/Kollegin</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Medizinischer Notfall</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>SLA remaining</source>
        <translation>SLA-Restzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueWidget</name>
    <message>
        <source>Queue view</source>
        <translation>Warteschlangenansicht</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Meine Tickets</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>Medical emergencies</source>
        <translation>Medizinische Notfälle</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>SLA bald verletzt</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Search title or number (Ctrl+F)</source>
        <translation>Titel oder Nummer suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Tickets durchsuchen</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Beliebige Priorität</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Beliebige Kategorie</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>a ticket not yet numbered</source>
        <translation>ein noch nicht nummeriertes Ticket</translation>
    </message>
    <message>
        <source>New medical emergency %1: %2</source>
        <translation>Neuer medizinischer Notfall %1: %2</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Medizinischer Notfall</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 Ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 Tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketTriagePanel</name>
    <message>
        <source>Use &amp;suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Reasons for the suggestion</source>
        <translation>Gründe für den Vorschlag</translation>
    </message>
    <message>
        <source>Use the suggested priority and category</source>
        <translation>Vorgeschlagene Priorität und Kategorie übernehmen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; priority, category &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Vorschlag: Priorität &lt;b&gt;%1&lt;/b&gt;, Kategorie &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Medical emergency: %1.&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Medizinischer Notfall: %1.&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>%1 (negated, not counted)</source>
        <translation>%1 (verneint, nicht gezählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n more phrase(s) matching the same words, not counted again.</source>
        <translation>
            <numerusform>%n weitere Formulierung mit denselben Wörtern, nicht erneut gezählt.</numerusform>
            <numerusform>%n weitere Formulierungen mit denselben Wörtern, nicht erneut gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No triage rule matched; the defaults apply.</source>
        <translation>Keine Triage-Regel hat gegriffen; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Type a title and a description to get a triage suggestion.</source>
        <translation>Geben Sie einen Titel und eine Beschreibung ein, um einen Triage-Vorschlag zu erhalten.</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketWindows</name>
    <message numerus="yes">
        <source>%n ticket edit(s) could not be saved before the console locked: they were not valid.</source>
        <translation>
            <numerusform>%n Ticketänderung konnte vor dem Sperren der Konsole nicht gespeichert werden: Sie war ungültig.</numerusform>
            <numerusform>%n Ticketänderungen konnten vor dem Sperren der Konsole nicht gespeichert werden: Sie waren ungültig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingService</name>
    <message numerus="yes">
        <source>%n certificate(s) expire within %1 days: renew them on the Training page.</source>
        <translation>
            <numerusform>%n Zertifikat läuft innerhalb von %1 Tagen ab: Erneuern Sie es auf der Seite „Schulung“.</numerusform>
            <numerusform>%n Zertifikate laufen innerhalb von %1 Tagen ab: Erneuern Sie sie auf der Seite „Schulung“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have expired.</source>
        <translation>
            <numerusform>%n Zertifikat ist abgelaufen.</numerusform>
            <numerusform>%n Zertifikate sind abgelaufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingWidget</name>
    <message>
        <source>&amp;Learning path:</source>
        <translation>&amp;Lernpfad:</translation>
    </message>
    <message>
        <source>Learning path filter</source>
        <translation>Lernpfadfilter</translation>
    </message>
    <message>
        <source>All learning paths</source>
        <translation>Alle Lernpfade</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>Meine &amp;Zertifikate</translation>
    </message>
    <message>
        <source>Certification &amp;programs</source>
        <translation>Zertifizierungs&amp;programme</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Kurskatalog</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Modules of the course</source>
        <translation>Module des Kurses</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Einschreiben</translation>
    </message>
    <message>
        <source>Mark module c&amp;omplete</source>
        <translation>Modul als abgeschlossen &amp;markieren</translation>
    </message>
    <message>
        <source>Certification programs</source>
        <translation>Zertifizierungsprogramme</translation>
    </message>
    <message>
        <source>Every course in the catalogue</source>
        <translation>Alle Kurse im Katalog</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in the catalogue</source>
        <translation>
            <numerusform>%n Kurs im Katalog</numerusform>
            <numerusform>%n Kurse im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <source>; you hold a valid certificate</source>
        <translation>; Sie besitzen ein gültiges Zertifikat</translation>
    </message>
    <message>
        <source>No courses on this path yet</source>
        <translation>Noch keine Kurse in diesem Lernpfad</translation>
    </message>
    <message>
        <source>Learning path: %1</source>
        <translation>Lernpfad: %1</translation>
    </message>
    <message>
        <source>Counts towards: %1</source>
        <translation>Zählt für: %1</translation>
    </message>
    <message numerus="yes">
        <source>Certificate valid %n month(s)</source>
        <translation>
            <numerusform>Zertifikat %n Monat gültig</numerusform>
            <numerusform>Zertifikat %n Monate gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>%p % complete</source>
        <translation>%p % abgeschlossen</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht eingeschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n Min.)</numerusform>
            <numerusform>%1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <source>Could not enrol: %1</source>
        <translation>Einschreibung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Could not record the module: %1</source>
        <translation>Das Modul konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Kurs abgeschlossen</translation>
    </message>
    <message>
        <source>You completed every module. Your certificate arrives with the next sync.</source>
        <translation>Sie haben alle Module abgeschlossen. Ihr Zertifikat kommt mit der nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>Certificates and certification programs</source>
        <translation>Zertifikate und Zertifizierungsprogramme</translation>
    </message>
</context>
<context>
    <name>hss::client::UnlockDialog</name>
    <message>
        <source>Console locked</source>
        <translation>Konsole gesperrt</translation>
    </message>
    <message>
        <source>The console is locked and this device&apos;s data is closed. Enter the password of %1 to continue.</source>
        <translation>Die Konsole ist gesperrt und die Daten dieses Geräts sind geschlossen. Geben Sie das Passwort von %1 ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>hss::client::UsersPage</name>
    <message>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <source>Account &amp;active (may sign in)</source>
        <translation>Konto &amp;aktiv (darf sich anmelden)</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>Benutzer &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Teams of the selected user, separated by commas</source>
        <translation>Teams des ausgewählten Benutzers, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>Ausgewählter Benutzer: %1</translation>
    </message>
    <message>
        <source>roles: a user needs at least one role</source>
        <translation>Rollen: Ein Benutzer benötigt mindestens eine Rolle</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Benutzer %1 erstellt.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Sets a new password for the selected user, who then signs in again everywhere</source>
        <translation>Setzt ein neues Passwort für den ausgewählten Benutzer, der sich danach überall neu anmeldet</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Passwort von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Your own password is changed in your profile, with the current one.</source>
        <translation>Ihr eigenes Passwort ändern Sie in Ihrem Profil, mit dem aktuellen Passwort.</translation>
    </message>
</context>
<context>
    <name>hss::client::WorkspacePages</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Support dashboard</source>
        <translation>Support-Dashboard</translation>
    </message>
    <message>
        <source>Medical dashboard</source>
        <translation>Medizinisches Dashboard</translation>
    </message>
</context>
</TS>
