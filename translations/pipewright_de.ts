<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Recent prompts</source>
        <translation>Letzte Eingaben</translation>
    </message>
    <message>
        <source>Pick an earlier prompt to edit or run it again</source>
        <translation>Eine frühere Eingabe auswählen, um sie zu bearbeiten oder erneut auszuführen</translation>
    </message>
    <message>
        <source>Describe a pipeline, e.g. &quot;Consume the temperature readings, send readings above 132 or below 32 to TempRangeAlert and invalid ones to a dead-letter topic&quot; — or a change to the current one.</source>
        <translation>Beschreiben Sie eine Pipeline, z. B. „Die Temperaturmesswerte konsumieren, Werte über 132 oder unter 32 an TempRangeAlert senden und ungültige an ein Dead-Letter-Topic“ – oder eine Änderung an der aktuellen.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Create a new pipeline from the description (previewed before it replaces the document)</source>
        <translation>Aus der Beschreibung eine neue Pipeline erzeugen (Vorschau, bevor sie das Dokument ersetzt)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Change the current pipeline as the text says</source>
        <translation>Die aktuelle Pipeline gemäß dem Text ändern</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <source>Describe the current pipeline in plain language</source>
        <translation>Die aktuelle Pipeline in einfachen Worten beschreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Replace the document&apos;s pipeline with the preview (one undo step)</source>
        <translation>Die Pipeline des Dokuments durch die Vorschau ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Describe the pipeline or the change first.</source>
        <translation>Beschreiben Sie zuerst die Pipeline oder die Änderung.</translation>
    </message>
    <message>
        <source>The pipeline is empty: there is nothing to edit or explain. Use Generate.</source>
        <translation>Die Pipeline ist leer: Es gibt nichts zu bearbeiten oder zu erklären. Verwenden Sie „Erzeugen“.</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Modell wird gefragt…</translation>
    </message>
    <message>
        <source>Sampling topics…</source>
        <translation>Topics werden abgetastet…</translation>
    </message>
    <message>
        <source>Checking the answer…</source>
        <translation>Antwort wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n problem(s)…</source>
        <translation>
            <numerusform>%n Problem wird behoben…</numerusform>
            <numerusform>%n Probleme werden behoben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Anordnung läuft…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The assistant could not reach the model; nothing was changed.</source>
        <translation>Der Assistent konnte das Modell nicht erreichen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No valid pipeline.</source>
        <translation>Keine gültige Pipeline.</translation>
    </message>
    <message numerus="yes">
        <source>The model&apos;s pipeline still has %n problem(s) after %1 repair round(s); nothing was changed.</source>
        <translation>
            <numerusform>Die Pipeline des Modells hat nach %1 Reparaturrunde(n) noch %n Problem; nichts wurde geändert.</numerusform>
            <numerusform>Die Pipeline des Modells hat nach %1 Reparaturrunde(n) noch %n Probleme; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s last answer:</source>
        <translation>Die letzte Antwort des Modells:</translation>
    </message>
    <message>
        <source>The proposed pipeline is valid, with these notes:</source>
        <translation>Die vorgeschlagene Pipeline ist gültig, mit diesen Hinweisen:</translation>
    </message>
    <message>
        <source>The model proposes no changes.</source>
        <translation>Das Modell schlägt keine Änderungen vor.</translation>
    </message>
    <message>
        <source>Review the preview, then Apply or Discard.</source>
        <translation>Prüfen Sie die Vorschau, dann „Übernehmen“ oder „Verwerfen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added</source>
        <translation>
            <numerusform>%n Knoten hinzugefügt</numerusform>
            <numerusform>%n Knoten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>edges: %1 added, %2 removed</source>
        <translation>Kanten: %1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>The pipeline was changed after the request; the preview no longer fits it. Ask again or discard the preview.</source>
        <translation>Die Pipeline wurde nach der Anfrage geändert; die Vorschau passt nicht mehr. Fragen Sie erneut oder verwerfen Sie die Vorschau.</translation>
    </message>
    <message>
        <source>Generate Pipeline</source>
        <translation>Pipeline erzeugen</translation>
    </message>
    <message>
        <source>Assistant Edit</source>
        <translation>Änderung durch den Assistenten</translation>
    </message>
    <message>
        <source>Applied. Undo reverts it in one step.</source>
        <translation>Übernommen. „Rückgängig“ macht es in einem Schritt rückgängig.</translation>
    </message>
    <message>
        <source>Discarded; nothing was changed.</source>
        <translation>Verworfen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The LLM endpoint profile the assistant asks (Tools → Settings → LLM Endpoints; the profile marked for the assistant is preselected)</source>
        <translation>Das LLM-Endpunktprofil, das der Assistent anfragt (Extras → Einstellungen → LLM-Endpunkte; das für den Assistenten markierte Profil ist vorausgewählt)</translation>
    </message>
    <message>
        <source>No profile: %1 (add profiles in Tools → Settings)</source>
        <translation>Kein Profil: %1 (Profile unter Extras → Einstellungen hinzufügen)</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Der API-Schlüssel des Profils „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>Antwort wird empfangen…</translation>
    </message>
    <message>
        <source>Describing more node kinds…</source>
        <translation>Weitere Knotenarten werden beschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 of %2 · %3 · %n token(s) · %4 s</source>
        <translation>
            <numerusform>Runde %1 von %2 · %3 · %n Token · %4 s</numerusform>
            <numerusform>Runde %1 von %2 · %3 · %n Tokens · %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceParameterEditor</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: bootstrap servers are required (host:port, comma-separated).</source>
        <translation>%1: Bootstrap-Server sind erforderlich (host:port, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>a property has no name.</source>
        <translation>eine Eigenschaft hat keinen Namen.</translation>
    </message>
    <message>
        <source>set bootstrap servers in their own field, not as a property.</source>
        <translation>Bootstrap-Server im eigenen Feld angeben, nicht als Eigenschaft.</translation>
    </message>
    <message>
        <source>%1 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and set that environment variable instead of storing the secret.</source>
        <translation>%1 ist ein Geheimnis; im Schlüsselbund speichern (Einstellungen) oder env:VARIABLE_NAME eingeben und diese Umgebungsvariable setzen, statt das Geheimnis zu speichern.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1: %2 must be a reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1: %2 muss eine Referenz sein (env:NAME oder keychain:NAME), kein Wert.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>ConnectionRules</name>
    <message>
        <source>Connect an output to an input, not to another output</source>
        <translation>Einen Ausgang mit einem Eingang verbinden, nicht mit einem anderen Ausgang</translation>
    </message>
    <message>
        <source>Connect an input to an output, not to another input</source>
        <translation>Einen Eingang mit einem Ausgang verbinden, nicht mit einem anderen Eingang</translation>
    </message>
    <message>
        <source>A node cannot feed itself</source>
        <translation>Ein Knoten kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <source>Unknown input port</source>
        <translation>Unbekannter Eingangsanschluss</translation>
    </message>
    <message>
        <source>Already connected</source>
        <translation>Bereits verbunden</translation>
    </message>
    <message>
        <source>This connection would create a loop</source>
        <translation>Diese Verbindung würde eine Schleife erzeugen</translation>
    </message>
    <message>
        <source>Replaces the existing connection</source>
        <translation>Ersetzt die bestehende Verbindung</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No bootstrap servers given.</source>
        <translation>Keine Bootstrap-Server angegeben.</translation>
    </message>
    <message>
        <source>Invalid property %1: %2</source>
        <translation>Ungültige Eigenschaft %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a Kafka client: %1</source>
        <translation>Kafka-Client kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s)</source>
        <translation>
            <numerusform>Verbunden: %n Broker</numerusform>
            <numerusform>Verbunden: %n Broker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>No base URL given.</source>
        <translation>Keine Basis-URL angegeben.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1).</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s)</source>
        <translation>
            <numerusform>Verbunden: %n Modell</numerusform>
            <numerusform>Verbunden: %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>the model %1 is not among them</source>
        <translation>das Modell %1 ist nicht darunter</translation>
    </message>
    <message>
        <source>The model list is not available (HTTP %1) and a test completion failed: %2</source>
        <translation>Die Modellliste ist nicht verfügbar (HTTP %1) und eine Test-Completion ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connected: a test completion answered in %1 ms</source>
        <translation>Verbunden: Eine Test-Completion hat in %1 ms geantwortet</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>Keine URL angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n subject(s)</source>
        <translation>
            <numerusform>Verbunden: %n Subject</numerusform>
            <numerusform>Verbunden: %n Subjects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first run creates it.</source>
        <translation>%1 existiert noch nicht und wird beim ersten Lauf angelegt.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist or is not writable.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht oder ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Unknown database driver %1.</source>
        <translation>Unbekannter Datenbanktreiber %1.</translation>
    </message>
    <message>
        <source>Connected: %1 answered SELECT 1.</source>
        <translation>Verbunden: %1 hat auf SELECT 1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>DatabaseProfile</name>
    <message>
        <source>Database profile %1: password: %2</source>
        <translation>Datenbankprofil %1: Passwort: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProfilesPage</name>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Database sinks with this driver can name the profile in their connection</source>
        <translation>Datenbank-Sinks mit diesem Treiber können das Profil in ihrer Verbindung angeben</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The SQLite file; the first run creates it</source>
        <translation>Die SQLite-Datei; wird beim ersten Lauf angelegt</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Stored in the keychain or read from an environment variable when a run starts; never in the settings</source>
        <translation>Im Schlüsselbund gespeichert oder beim Start eines Laufs aus einer Umgebungsvariable gelesen; nie in den Einstellungen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>an option has no name.</source>
        <translation>eine Option hat keinen Namen.</translation>
    </message>
    <message>
        <source>password is a secret; enter it in the Password field (keychain) or as env:VARIABLE_NAME instead of an option.</source>
        <translation>password ist ein Geheimnis; im Feld „Passwort“ (Schlüsselbund) oder als env:VARIABLE_NAME eingeben, nicht als Option.</translation>
    </message>
    <message>
        <source>set %1 in its own field, not as an option.</source>
        <translation>%1 im eigenen Feld angeben, nicht als Option.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>Options (PostgreSQL: libpq keywords such as sslmode or connect_timeout; MySQL: socket, connect_timeout or ssl_mode)</source>
        <translation>Optionen (PostgreSQL: libpq-Schlüsselwörter wie sslmode oder connect_timeout; MySQL: socket, connect_timeout oder ssl_mode)</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>terminate</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Remove what this deployment created and restore what it removed</source>
        <translation>Entfernen, was diese Bereitstellung erstellt hat, und wiederherstellen, was sie entfernt hat</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>No deployment targets yet: add one under Tools → Settings → Deployment targets.</source>
        <translation>Noch keine Bereitstellungsziele: unter Extras → Einstellungen → Bereitstellungsziele eines hinzufügen.</translation>
    </message>
    <message>
        <source>Asking %1 what runs…</source>
        <translation>%1 wird nach laufenden Objekten gefragt…</translation>
    </message>
    <message>
        <source>nothing to deploy</source>
        <translation>nichts bereitzustellen</translation>
    </message>
    <message>
        <source>%1: node %2 cannot be deployed: %3</source>
        <translation>%1: Knoten %2 kann nicht bereitgestellt werden: %3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>fertig: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Cannot plan: %1</source>
        <translation>Planung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The target&apos;s engine cannot express this pipeline; see the nodes in Diagnostics.</source>
        <translation>Die Engine des Ziels kann diese Pipeline nicht abbilden; siehe die Knoten unter Diagnose.</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>Bereit zur Bereitstellung.</translation>
    </message>
    <message>
        <source>Up to date: nothing to change.</source>
        <translation>Aktuell: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was created before the failure.</source>
        <translation>Vor dem Fehler wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Created before the failure: %1</source>
        <translation>Vor dem Fehler erstellt: %1</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>Bereitgestellt.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>DeploymentController</name>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Deploy the pipeline to ksqlDB, a Flink SQL Gateway or Kafka Connect</source>
        <translation>Pipeline in ksqlDB, einem Flink SQL Gateway oder Kafka Connect bereitstellen</translation>
    </message>
</context>
<context>
    <name>DeploymentTargetsPage</name>
    <message>
        <source>Deployment targets</source>
        <translation>Bereitstellungsziele</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>ksqlDB server</source>
        <translation>ksqlDB-Server</translation>
    </message>
    <message>
        <source>Flink SQL Gateway</source>
        <translation>Flink SQL Gateway</translation>
    </message>
    <message>
        <source>Kafka Connect worker</source>
        <translation>Kafka-Connect-Worker</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The engine&apos;s REST endpoint</source>
        <translation>REST-Endpunkt der Engine</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>user:password for HTTP basic authentication, or Bearer TOKEN; empty = none</source>
        <translation>user:password für HTTP-Basic-Authentifizierung oder Bearer TOKEN; leer = keine</translation>
    </message>
    <message>
        <source>Kafka Connect target</source>
        <translation>Kafka-Connect-Ziel</translation>
    </message>
    <message>
        <source>The target (a Kafka Connect worker) that receives the pipeline&apos;s connector configurations</source>
        <translation>Das Ziel (ein Kafka-Connect-Worker), das die Connector-Konfigurationen der Pipeline erhält</translation>
    </message>
    <message>
        <source>Kafka for Flink</source>
        <translation>Kafka für Flink</translation>
    </message>
    <message>
        <source>&apos;properties.bootstrap.servers&apos; of the exported Flink tables</source>
        <translation>&apos;properties.bootstrap.servers&apos; der exportierten Flink-Tabellen</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Schema Registry of Avro topics in production</source>
        <translation>Schema Registry der Avro-Topics in Produktion</translation>
    </message>
    <message>
        <source>REST API version</source>
        <translation>REST-API-Version</translation>
    </message>
</context>
<context>
    <name>DeploymentsDock</name>
    <message>
        <source>Target / object</source>
        <translation>Ziel / Objekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Terminate the selected query or job, drop the stream, delete the connector</source>
        <translation>Ausgewählte Abfrage oder ausgewählten Job beenden, Stream löschen, Connector löschen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the pipeline this was deployed from</source>
        <translation>Pipeline öffnen, aus der dies bereitgestellt wurde</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n target(s)…</source>
        <translation>
            <numerusform>%n Ziel wird abgefragt…</numerusform>
            <numerusform>%n Ziele werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n deployed</source>
        <translation>
            <numerusform>%n bereitgestellt</numerusform>
            <numerusform>%n bereitgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running, %2 failed or stopped · refreshed %3</source>
        <translation>%1 laufend, %2 fehlgeschlagen oder gestoppt · aktualisiert %3</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 wird gestoppt…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Stop failed: %1</source>
        <translation>Stoppen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticText</name>
    <message>
        <source>Unknown node kind “%1”.</source>
        <translation>Unbekannte Knotenart „%1“.</translation>
    </message>
    <message>
        <source>No source feeds this node; it will never receive records.</source>
        <translation>Keine Quelle speist diesen Knoten; er wird nie Datensätze erhalten.</translation>
    </message>
    <message>
        <source>Input “%1” is not connected.</source>
        <translation>Eingang „%1“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The input is not connected.</source>
        <translation>Der Eingang ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Input “%1” accepts one edge but has %2.</source>
        <translation>Eingang „%1“ nimmt eine Kante an, hat aber %2.</translation>
    </message>
    <message>
        <source>The pipeline loops: %1; records would circle forever.</source>
        <translation>Die Pipeline hat eine Schleife: %1; Datensätze würden endlos kreisen.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” is ignored.</source>
        <translation>Unbekannter Parameter „%1“ wird ignoriert.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Ein erforderlicher Wert fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid choice; use one of: %2.</source>
        <translation>„%1“ ist keine gültige Auswahl; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d.</source>
        <translation>„%1“ ist keine Dauer; schreiben Sie z. B. 500ms, 10s, 1m, 2h oder 1d.</translation>
    </message>
    <message>
        <source>Needs at least %1 entries, has %2.</source>
        <translation>Braucht mindestens %1 Einträge, hat %2.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The expression must be %1, but it is %2.</source>
        <translation>Der Ausdruck muss %1 sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The edge is connected to a node or port that does not exist.</source>
        <translation>Die Kante ist mit einem Knoten oder Anschluss verbunden, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The edge must go from an output to an input.</source>
        <translation>Die Kante muss von einem Ausgang zu einem Eingang führen.</translation>
    </message>
    <message>
        <source>Field “%1” is marked sensitive and would be sent to the model unmasked; mask it upstream (mask node) or remove it from the prompt.</source>
        <translation>Feld „%1“ ist als vertraulich markiert und würde unmaskiert an das Modell gesendet; maskieren Sie es vorher (Maskierungsknoten) oder entfernen Sie es aus dem Prompt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Exactly-once cannot include a %1 node: it %2.</source>
        <translation>Exactly-once kann keinen %1-Knoten enthalten: Er %2.</translation>
    </message>
    <message>
        <source>Under exactly-once, this %1 node %2.</source>
        <translation>Unter exactly-once gilt für diesen %1-Knoten: Er %2.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsWidget</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(Pipeline)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExampleGallery</name>
    <message>
        <source>Cannot read this example: %1</source>
        <translation>Dieses Beispiel kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ExampleGalleryDialog</name>
    <message>
        <source>New from Example</source>
        <translation>Neu aus Beispiel</translation>
    </message>
</context>
<context>
    <name>ExpressionEdit</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1
%2
Example: %3</source>
        <translation>%1
%2
Beispiel: %3</translation>
    </message>
</context>
<context>
    <name>ExpressionFunctions</name>
    <message>
        <source>Upper-cases the ASCII letters of s.</source>
        <translation>Wandelt die ASCII-Buchstaben von s in Großbuchstaben um.</translation>
    </message>
    <message>
        <source>Lower-cases the ASCII letters of s.</source>
        <translation>Wandelt die ASCII-Buchstaben von s in Kleinbuchstaben um.</translation>
    </message>
    <message>
        <source>Removes leading and trailing white space.</source>
        <translation>Entfernt führende und nachgestellte Leerzeichen.</translation>
    </message>
    <message>
        <source>Joins strings; NULL when any argument is NULL.</source>
        <translation>Verkettet Zeichenketten; NULL, wenn ein Argument NULL ist.</translation>
    </message>
    <message>
        <source>Joins the non-NULL strings with a separator.</source>
        <translation>Verkettet die Zeichenketten, die nicht NULL sind, mit einem Trennzeichen.</translation>
    </message>
    <message>
        <source>Characters from 1-based start, optionally at most length of them.</source>
        <translation>Zeichen ab start (1-basiert), optional höchstens length davon.</translation>
    </message>
    <message>
        <source>The first n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>Die ersten n Zeichen (&apos;&apos; bei n &lt;= 0).</translation>
    </message>
    <message>
        <source>The last n characters (&apos;&apos; when n &lt;= 0).</source>
        <translation>Die letzten n Zeichen (&apos;&apos; bei n &lt;= 0).</translation>
    </message>
    <message>
        <source>Number of characters (not bytes).</source>
        <translation>Anzahl der Zeichen (nicht Bytes).</translation>
    </message>
    <message>
        <source>Replaces every occurrence of search (an empty search changes nothing).</source>
        <translation>Ersetzt jedes Vorkommen von search (ein leeres search ändert nichts).</translation>
    </message>
    <message>
        <source>Replaces every match of a regular expression; $1 in the replacement is group 1.</source>
        <translation>Ersetzt jeden Treffer eines regulären Ausdrucks; $1 in der Ersetzung ist Gruppe 1.</translation>
    </message>
    <message>
        <source>The first match (or its group), NULL when nothing matches.</source>
        <translation>Der erste Treffer (oder seine Gruppe); NULL, wenn nichts passt.</translation>
    </message>
    <message>
        <source>Pads s on the left to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>Füllt s links auf length Zeichen auf (kürzt längeres s); NULL bei negativem length oder leerem pad.</translation>
    </message>
    <message>
        <source>Pads s on the right to length characters (cuts longer s); NULL for a negative length or empty pad.</source>
        <translation>Füllt s rechts auf length Zeichen auf (kürzt längeres s); NULL bei negativem length oder leerem pad.</translation>
    </message>
    <message>
        <source>Upper-cases the first letter of each word and lower-cases the rest (ASCII).</source>
        <translation>Schreibt den ersten Buchstaben jedes Worts groß und den Rest klein (ASCII).</translation>
    </message>
    <message>
        <source>1-based character position of search in s, 0 when absent (INSTR(s, search) too).</source>
        <translation>1-basierte Zeichenposition von search in s, 0 wenn nicht enthalten (auch INSTR(s, search)).</translation>
    </message>
    <message>
        <source>The 0-based index-th piece of s split at delimiter, NULL past the end.</source>
        <translation>Das index-te Teilstück (0-basiert) von s, geteilt an delimiter; NULL hinter dem Ende.</translation>
    </message>
    <message>
        <source>Absolute value.</source>
        <translation>Absolutwert.</translation>
    </message>
    <message>
        <source>Rounds half away from zero to digits decimals (default 0).</source>
        <translation>Rundet auf digits Nachkommastellen, Hälften von null weg (Standard 0).</translation>
    </message>
    <message>
        <source>Largest integral value not above x.</source>
        <translation>Größte ganze Zahl, die nicht größer als x ist.</translation>
    </message>
    <message>
        <source>Smallest integral value not below x.</source>
        <translation>Kleinste ganze Zahl, die nicht kleiner als x ist.</translation>
    </message>
    <message>
        <source>Remainder of a / b with the sign of a, like a % b.</source>
        <translation>Rest von a / b mit dem Vorzeichen von a, wie a % b.</translation>
    </message>
    <message>
        <source>x raised to the power y.</source>
        <translation>x hoch y.</translation>
    </message>
    <message>
        <source>Square root; an error for negative x.</source>
        <translation>Quadratwurzel; Fehler bei negativem x.</translation>
    </message>
    <message>
        <source>Natural logarithm; an error for x &lt;= 0.</source>
        <translation>Natürlicher Logarithmus; Fehler bei x &lt;= 0.</translation>
    </message>
    <message>
        <source>Base-10 logarithm; an error for x &lt;= 0.</source>
        <translation>Zehnerlogarithmus; Fehler bei x &lt;= 0.</translation>
    </message>
    <message>
        <source>e raised to the power x.</source>
        <translation>e hoch x.</translation>
    </message>
    <message>
        <source>-1, 0 or 1 by the sign of x.</source>
        <translation>-1, 0 oder 1 je nach Vorzeichen von x.</translation>
    </message>
    <message>
        <source>The largest argument; NULL when any argument is NULL.</source>
        <translation>Das größte Argument; NULL, wenn ein Argument NULL ist.</translation>
    </message>
    <message>
        <source>The smallest argument; NULL when any argument is NULL.</source>
        <translation>Das kleinste Argument; NULL, wenn ein Argument NULL ist.</translation>
    </message>
    <message>
        <source>Cuts x toward zero to digits decimals (default 0).</source>
        <translation>Schneidet x in Richtung null auf digits Nachkommastellen ab (Standard 0).</translation>
    </message>
    <message>
        <source>The first argument that is not NULL.</source>
        <translation>Das erste Argument, das nicht NULL ist.</translation>
    </message>
    <message>
        <source>NULL when a = b, otherwise a.</source>
        <translation>NULL, wenn a = b, sonst a.</translation>
    </message>
    <message>
        <source>then when condition is TRUE, otherwise (FALSE or NULL) else.</source>
        <translation>then, wenn condition TRUE ist, sonst (FALSE oder NULL) else.</translation>
    </message>
    <message>
        <source>x, or fallback when x is NULL.</source>
        <translation>x, oder fallback, wenn x NULL ist.</translation>
    </message>
    <message>
        <source>The time of evaluation (epoch milliseconds).</source>
        <translation>Der Zeitpunkt der Auswertung (Epoch-Millisekunden).</translation>
    </message>
    <message>
        <source>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND of ts in UTC.</source>
        <translation>YEAR, MONTH, DAY, HOUR, MINUTE, SECOND oder MILLISECOND von ts in UTC.</translation>
    </message>
    <message>
        <source>ts cut down to the start of its &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; or &apos;day&apos; (UTC).</source>
        <translation>ts, abgerundet auf den Beginn der Einheit &apos;second&apos;, &apos;minute&apos;, &apos;hour&apos; oder &apos;day&apos; (UTC).</translation>
    </message>
    <message>
        <source>ts as UTC text; pattern letters yyyy MM dd HH mm ss SSS, &apos;quoted&apos; text.</source>
        <translation>ts als UTC-Text; Musterbuchstaben yyyy MM dd HH mm ss SSS, &apos;zitierter&apos; Text.</translation>
    </message>
    <message>
        <source>Reads UTC text written in pattern; an error when it does not match.</source>
        <translation>Liest UTC-Text im Format pattern; Fehler, wenn er nicht passt.</translation>
    </message>
    <message>
        <source>Milliseconds since 1970-01-01 00:00:00 UTC.</source>
        <translation>Millisekunden seit 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>Whole seconds since 1970-01-01 00:00:00 UTC (rounded down).</source>
        <translation>Ganze Sekunden seit 1970-01-01 00:00:00 UTC (abgerundet).</translation>
    </message>
    <message>
        <source>The timestamp n milliseconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>Der Zeitstempel n Millisekunden nach 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>The timestamp n seconds after 1970-01-01 00:00:00 UTC.</source>
        <translation>Der Zeitstempel n Sekunden nach 1970-01-01 00:00:00 UTC.</translation>
    </message>
    <message>
        <source>The scalar at a path such as &apos;$.a.b[0]&apos; in JSON text; NULL when missing, not scalar or not JSON.</source>
        <translation>Der Skalarwert an einem Pfad wie &apos;$.a.b[0]&apos; in JSON-Text; NULL, wenn er fehlt, kein Skalar ist oder der Text kein JSON ist.</translation>
    </message>
    <message>
        <source>SHA-256 of the UTF-8 bytes of s as 64 lower-case hex digits.</source>
        <translation>SHA-256 der UTF-8-Bytes von s als 64 Hexadezimalziffern in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>MD5 of the UTF-8 bytes of s as 32 lower-case hex digits.</source>
        <translation>MD5 der UTF-8-Bytes von s als 32 Hexadezimalziffern in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>The 1-based index-th element, NULL out of range.</source>
        <translation>Das Element an Position index (ab 1 gezählt); NULL außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Number of elements.</source>
        <translation>Anzahl der Elemente.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While a pipeline has unsaved changes, a recovery copy is written this often.</source>
        <translation>Solange eine Pipeline ungespeicherte Änderungen hat, wird in diesem Abstand eine Wiederherstellungskopie geschrieben.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Pipewright restarts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Pipewright wirksam.</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Wiederherstellungskopie alle:</translation>
    </message>
</context>
<context>
    <name>KafkaProfilesPage</name>
    <message>
        <source>broker1:9092,broker2:9092</source>
        <translation>broker1:9092,broker2:9092</translation>
    </message>
    <message>
        <source>PEM file with the CA certificate(s); empty = system store</source>
        <translation>PEM-Datei mit dem/den CA-Zertifikat(en); leer = Systemspeicher</translation>
    </message>
    <message>
        <source>librdkafka property</source>
        <translation>librdkafka-Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Sandbox (embedded cluster)</source>
        <translation>Sandbox (eingebetteter Cluster)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Kafka Clusters</source>
        <translation>Kafka-Cluster</translation>
    </message>
    <message>
        <source>Runs use</source>
        <translation>Ausführungen verwenden</translation>
    </message>
    <message>
        <source>Bootstrap servers</source>
        <translation>Bootstrap-Server</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, comma-separated</source>
        <translation>host:port eines oder mehrerer Broker, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>Sicherheitsprotokoll</translation>
    </message>
    <message>
        <source>SASL mechanism</source>
        <translation>SASL-Mechanismus</translation>
    </message>
    <message>
        <source>SASL username</source>
        <translation>SASL-Benutzername</translation>
    </message>
    <message>
        <source>SASL password</source>
        <translation>SASL-Passwort</translation>
    </message>
    <message>
        <source>SSL CA file</source>
        <translation>SSL-CA-Datei</translation>
    </message>
    <message>
        <source>Other librdkafka properties</source>
        <translation>Weitere librdkafka-Eigenschaften</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>no such keychain entry</source>
        <translation>kein solcher Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation>kein Schlüsselbund-Dienst verfügbar (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>Zugriff auf den Schlüsselbund wurde verweigert (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1); is a secret service such as GNOME Keyring or KWallet running?</source>
        <translation>der Schlüsselbund ist fehlgeschlagen (%1); läuft ein Secret-Dienst wie GNOME Keyring oder KWallet?</translation>
    </message>
</context>
<context>
    <name>ListParameterEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>LlmProfilesPage</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>Eingabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>Ausgabe pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>LLM Endpoints</source>
        <translation>LLM-Endpunkte</translation>
    </message>
    <message>
        <source>Assistant uses</source>
        <translation>Assistent verwendet</translation>
    </message>
    <message>
        <source>&quot;default&quot;, else the first profile</source>
        <translation>„default“, sonst das erste Profil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1</source>
        <translation>Die OpenAI-kompatible API-Basisadresse, z. B. https://api.openai.com/v1 oder http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>must start with http:// or https://.</source>
        <translation>muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Used by nodes that leave their model empty</source>
        <translation>Wird von Knoten verwendet, deren Modell leer ist</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Prices (USD per million tokens; models without a price cost nothing)</source>
        <translation>Preise (USD pro Million Tokens; Modelle ohne Preis kosten nichts)</translation>
    </message>
    <message>
        <source>a price has no model.</source>
        <translation>ein Preis hat kein Modell.</translation>
    </message>
    <message>
        <source>the prices of %1 must be numbers.</source>
        <translation>die Preise von %1 müssen Zahlen sein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export SQL…</source>
        <translation>SQL &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Ansicht einpassen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>Über&amp;sichtskarte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Available once the live runtime is built into the designer.</source>
        <translation>Verfügbar, sobald die Live-Laufzeit in den Designer eingebaut ist.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;Sandbox Cluster…</source>
        <translation>&amp;Sandbox-Cluster…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Pipewright</source>
        <translation>&amp;Über Pipewright</translation>
    </message>
    <message>
        <source>About Pipewright</source>
        <translation>Über Pipewright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Design Kafka event pipelines with LLM steps as node graphs, run them live and export them as ksqlDB or Flink SQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pipewright %1&lt;/h3&gt;&lt;p&gt;Kafka-Event-Pipelines mit LLM-Schritten als Knotengraphen entwerfen, live ausführen und als ksqlDB- oder Flink-SQL exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>%1[*] — Pipewright</source>
        <translation>%1[*] — Pipewright</translation>
    </message>
    <message>
        <source>(no examples found)</source>
        <translation>(keine Beispiele gefunden)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open pipeline</source>
        <translation>Pipeline kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json *.json);;All files (*)</source>
        <translation>Pipelines (*.pipeline.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save pipeline</source>
        <translation>Pipeline kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>Pipelines (*.pipeline.json)</source>
        <translation>Pipelines (*.pipeline.json)</translation>
    </message>
    <message>
        <source>ksqlDB</source>
        <translation>ksqlDB</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>SQL exportieren</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripte (*.sql)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported with problems</source>
        <translation>Mit Problemen exportiert</translation>
    </message>
    <message>
        <source>The script was written, but some steps cannot be expressed in %1:
%2</source>
        <translation>Das Skript wurde geschrieben, aber einige Schritte lassen sich in %1 nicht ausdrücken:
%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>The pipeline is valid.</source>
        <translation>Die Pipeline ist gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n Fehler gefunden.</numerusform>
            <numerusform>%n Fehler gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Untitled pipeline</source>
        <translation>Unbenannte Pipeline</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Pipewright did not exit cleanly last time. Restore the unsaved changes of:

%1</source>
        <translation>Pipewright wurde beim letzten Mal nicht sauber beendet. Die ungespeicherten Änderungen wiederherstellen von:

%1</translation>
    </message>
    <message>
        <source>Kafka clusters, LLM endpoints, Schema Registries, databases, theme, language and recovery interval</source>
        <translation>Kafka-Cluster, LLM-Endpunkte, Schema Registries, Datenbanken, Design, Sprache und Wiederherstellungsintervall</translation>
    </message>
    <message>
        <source>New from E&amp;xample…</source>
        <translation>Neu aus &amp;Beispiel…</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>Sandbox-Cluster</translation>
    </message>
    <message>
        <source>Running on the sandbox. Give it data: Tools → Sandbox Cluster → temperature-readings → Produce Samples.</source>
        <translation>Läuft in der Sandbox. Daten einspeisen: Extras → Sandbox-Cluster → temperature-readings → Beispieldaten produzieren.</translation>
    </message>
    <message>
        <source>Describe the pipeline in the Assistant, e.g. &quot;read orders, keep those above 100 €, write them to big-orders&quot;, then Generate.</source>
        <translation>Pipeline im Assistenten beschreiben, z. B. „orders lesen, alle über 100 € behalten, nach big-orders schreiben“, dann „Generieren“ wählen.</translation>
    </message>
</context>
<context>
    <name>MinimapWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>NodeStyle</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformationen</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Senken</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Search nodes…</source>
        <translation>Knoten suchen…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>This node has no inputs</source>
        <translation>Dieser Knoten hat keine Eingänge</translation>
    </message>
    <message>
        <source>This node has no outputs</source>
        <translation>Dieser Knoten hat keine Ausgänge</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Unknown node kind &quot;%1&quot;</source>
        <translation>Unbekannte Knotenart „%1“</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>%n Knoten kopiert</numerusform>
            <numerusform>%n Knoten kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>not a pipeline</source>
        <translation>keine Pipeline</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Ablegen</translation>
    </message>
</context>
<context>
    <name>ProfileListPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1: a profile needs a name.</source>
        <translation>%1: Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: two profiles are called %2.</source>
        <translation>%1: Zwei Profile heißen %2.</translation>
    </message>
    <message>
        <source>%1: %2 must be a secret reference (env:NAME or keychain:NAME), not a value.</source>
        <translation>%1: %2 muss ein Verweis auf ein Geheimnis sein (env:NAME oder keychain:NAME), kein Wert.</translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1: %2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Unknown node kind: its parameters cannot be edited here.</source>
        <translation>Unbekannte Knotenart: Ihre Parameter können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <source>default: the pipeline name</source>
        <translation>Standard: der Name der Pipeline</translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation>Dead-Letter-Topic</translation>
    </message>
    <message>
        <source>Change Pipeline Settings</source>
        <translation>Pipeline-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>At least once</source>
        <translation>Mindestens einmal</translation>
    </message>
    <message>
        <source>Exactly once (Kafka transactions)</source>
        <translation>Genau einmal (Kafka-Transaktionen)</translation>
    </message>
    <message>
        <source>Exactly once commits each batch&apos;s outputs, dead letters and consumed offsets in one Kafka transaction: a crash neither loses nor repeats results for readers with isolation.level=read_committed. Database sinks, aggregates and dedupe cannot take part.</source>
        <translation>Genau einmal committet die Ausgaben, Dead Letters und konsumierten Offsets jedes Batches in einer Kafka-Transaktion: Ein Absturz führt für Leser mit isolation.level=read_committed weder zu verlorenen noch zu wiederholten Ergebnissen. Datenbank-Sinks, Aggregate und Deduplizierung können nicht teilnehmen.</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
</context>
<context>
    <name>QuickAddPopup</name>
    <message>
        <source>Add node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
</context>
<context>
    <name>RecordPeekDock</name>
    <message>
        <source>Edge Peek</source>
        <translation>Kanten-Einblick</translation>
    </message>
    <message>
        <source>Select an edge (or right-click it → Peek at Records) to see the latest records that passed along it during the run.</source>
        <translation>Wählen Sie eine Kante (oder Rechtsklick darauf → Datensätze ansehen), um die letzten Datensätze zu sehen, die während des Laufs darüber geflossen sind.</translation>
    </message>
    <message>
        <source>%1 — waiting for records</source>
        <translation>%1 — wartet auf Datensätze</translation>
    </message>
    <message>
        <source>%1 — no records yet</source>
        <translation>%1 — noch keine Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>%1 — latest %n record(s), newest last</source>
        <translation>
            <numerusform>%1 — letzter %n Datensatz, neuester zuletzt</numerusform>
            <numerusform>%1 — letzte %n Datensätze, neueste zuletzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBadgeItem</name>
    <message>
        <source>in %1 · out %2 · %3/s</source>
        <translation>ein %1 · aus %2 · %3/s</translation>
    </message>
    <message>
        <source>filtered %1</source>
        <translation>gefiltert %1</translation>
    </message>
    <message>
        <source>dlq %1</source>
        <translation>DLQ %1</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>Aufrufe %1</translation>
    </message>
    <message>
        <source>cache %1</source>
        <translation>Cache %1</translation>
    </message>
    <message>
        <source>%1 tok · $%2</source>
        <translation>%1 Tok. · $%2</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>Wiederholungen %1</translation>
    </message>
</context>
<context>
    <name>RunMonitor</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run the pipeline against the sandbox or the active connection profile</source>
        <translation>Die Pipeline gegen die Sandbox oder das aktive Verbindungsprofil ausführen</translation>
    </message>
    <message>
        <source>Stop the run gracefully: in-flight messages are acknowledged and offsets committed</source>
        <translation>Den Lauf geordnet beenden: Nachrichten in Bearbeitung werden bestätigt und Offsets committet</translation>
    </message>
    <message>
        <source>Start, stop and inspect the embedded Kafka cluster</source>
        <translation>Den eingebetteten Kafka-Cluster starten, stoppen und untersuchen</translation>
    </message>
    <message>
        <source>&amp;Topic Browser</source>
        <translation>&amp;Topic-Browser</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>Der Sandbox-Cluster läuft nicht.</translation>
    </message>
    <message>
        <source>sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>Checking topics on %1…</source>
        <translation>Topics auf %1 werden geprüft…</translation>
    </message>
    <message>
        <source>Create Topics</source>
        <translation>Topics erstellen</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has no topic %1.

Create it with %n partition(s)? The run then waits for messages on it.</source>
        <translation>
            <numerusform>Die Sandbox hat kein Topic %1.

Mit %n Partition erstellen? Der Lauf wartet dann auf Nachrichten darin.</numerusform>
            <numerusform>Die Sandbox hat kein Topic %1.

Mit %n Partitionen erstellen? Der Lauf wartet dann auf Nachrichten darin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic %1 on the sandbox.</source>
        <translation>Topic %1 in der Sandbox erstellt.</translation>
    </message>
    <message>
        <source>Topic %1 does not exist on %2; the run waits for it.</source>
        <translation>Topic %1 existiert auf %2 nicht; der Lauf wartet darauf.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot run: %n problem(s)</source>
        <translation>
            <numerusform>Ausführen nicht möglich: %n Problem</numerusform>
            <numerusform>Ausführen nicht möglich: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline cannot run; see the Run panel.</source>
        <translation>Die Pipeline kann nicht ausgeführt werden; siehe Bereich „Lauf“.</translation>
    </message>
    <message>
        <source>Started on %1.</source>
        <translation>Auf %1 gestartet.</translation>
    </message>
    <message>
        <source>Stopping… (draining in-flight messages)</source>
        <translation>Wird gestoppt… (Nachrichten in Bearbeitung werden abgeschlossen)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Running on %1 — %2 in · %3 msg/s</source>
        <translation>Läuft auf %1 — %2 ein · %3 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <source>Stopping… %n in flight</source>
        <translation>
            <numerusform>Wird gestoppt… %n in Bearbeitung</numerusform>
            <numerusform>Wird gestoppt… %n in Bearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run finished — %1 in, %2</source>
        <translation>Lauf beendet — %1 ein, %2</translation>
    </message>
    <message>
        <source>balanced ✓</source>
        <translation>ausgeglichen ✓</translation>
    </message>
    <message>
        <source>NOT balanced ✗</source>
        <translation>NICHT ausgeglichen ✗</translation>
    </message>
    <message>
        <source>%1 (%2) → %3</source>
        <translation>%1 (%2) → %3</translation>
    </message>
    <message>
        <source>Peek at Records</source>
        <translation>Datensätze ansehen</translation>
    </message>
    <message>
        <source>Run the pipeline first</source>
        <translation>Führen Sie zuerst die Pipeline aus</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sampling %1…</source>
        <translation>%1 wird abgetastet…</translation>
    </message>
    <message>
        <source>Add Source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Added a source for %1; the topic is empty, so no schema was sampled.</source>
        <translation>Quelle für %1 hinzugefügt; das Topic ist leer, daher wurde kein Schema abgetastet.</translation>
    </message>
    <message>
        <source>Added a source for %1 as string messages (the samples are not JSON objects).</source>
        <translation>Quelle für %1 als String-Nachrichten hinzugefügt (die Stichproben sind keine JSON-Objekte).</translation>
    </message>
    <message numerus="yes">
        <source>Added a source for %1 with %n field(s) sampled from its messages.</source>
        <translation>
            <numerusform>Quelle für %1 mit %n aus den Nachrichten abgetasteten Feld hinzugefügt.</numerusform>
            <numerusform>Quelle für %1 mit %n aus den Nachrichten abgetasteten Feldern hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSummaryWidget</name>
    <message>
        <source>Not running. Pipeline → Run (F5) starts the pipeline.</source>
        <translation>Läuft nicht. Pipeline → Ausführen (F5) startet die Pipeline.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping (draining in-flight messages)</source>
        <translation>Wird gestoppt (Nachrichten in Bearbeitung werden abgeschlossen)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 out + %2 filtered + %3 dead-lettered</source>
        <translation>%1 aus + %2 gefiltert + %3 in Dead Letter</translation>
    </message>
    <message>
        <source> + %1 skipped</source>
        <translation> + %1 übersprungen</translation>
    </message>
    <message>
        <source> + %1 stored</source>
        <translation> + %1 gespeichert</translation>
    </message>
    <message>
        <source> + %1 failed</source>
        <translation> + %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>In flight: %1 — %2 in, %3 so far</source>
        <translation>In Bearbeitung: %1 — %2 ein, bisher %3</translation>
    </message>
    <message>
        <source>Balanced ✓ %1 in = %2</source>
        <translation>Ausgeglichen ✓ %1 ein = %2</translation>
    </message>
    <message>
        <source>NOT balanced ✗ %1 in ≠ %2</source>
        <translation>NICHT ausgeglichen ✗ %1 ein ≠ %2</translation>
    </message>
    <message>
        <source>Input %1 · output %2 · filtered %3 · dead-lettered %4 · skipped %5 · produced %6 · %7 msg/s</source>
        <translation>Eingang %1 · Ausgang %2 · gefiltert %3 · Dead Letter %4 · übersprungen %5 · produziert %6 · %7 Nachr./s</translation>
    </message>
    <message>
        <source>LLM: %1 calls · %2 cache hits · %3 prompt + %4 completion tokens · cost $%5 (estimated $%6)</source>
        <translation>LLM: %1 Aufrufe · %2 Cache-Treffer · %3 Prompt- + %4 Completion-Tokens · Kosten $%5 (geschätzt $%6)</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Cannot start the sandbox cluster: %1</source>
        <translation>Der Sandbox-Cluster kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox cluster is not running.</source>
        <translation>Der Sandbox-Cluster läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown sample generator %1.</source>
        <translation>Unbekannter Beispielgenerator %1.</translation>
    </message>
    <message>
        <source>Started. Any Kafka client can connect to %1.</source>
        <translation>Gestartet. Jeder Kafka-Client kann sich mit %1 verbinden.</translation>
    </message>
    <message>
        <source>Stopped; its topics are gone.</source>
        <translation>Gestoppt; seine Topics sind verschwunden.</translation>
    </message>
    <message numerus="yes">
        <source>Producing %n record(s) into %1…</source>
        <translation>
            <numerusform>%n Datensatz wird in %1 produziert…</numerusform>
            <numerusform>%n Datensätze werden in %1 produziert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produced %n record(s) into %1.</source>
        <translation>
            <numerusform>%n Datensatz in %1 produziert.</numerusform>
            <numerusform>%n Datensätze in %1 produziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created topic %1 with %n partition(s).</source>
        <translation>
            <numerusform>Topic %1 mit %n Partition erstellt.</numerusform>
            <numerusform>Topic %1 mit %n Partitionen erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Create Topic</source>
        <translation>Topic erstellen</translation>
    </message>
    <message>
        <source> records</source>
        <translation> Datensätze</translation>
    </message>
    <message>
        <source>Produce Samples</source>
        <translation>Beispieldaten produzieren</translation>
    </message>
    <message>
        <source>Write records of a built-in sample generator to the selected topic</source>
        <translation>Datensätze eines eingebauten Beispielgenerators in das ausgewählte Topic schreiben</translation>
    </message>
    <message>
        <source>Sandbox Cluster</source>
        <translation>Sandbox-Cluster</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>Topic-Name</translation>
    </message>
    <message>
        <source>partitions: </source>
        <translation>Partitionen: </translation>
    </message>
    <message>
        <source>An embedded Kafka cluster (librdkafka&apos;s mock cluster) on this machine. Runs use it when no connection profile is active; any Kafka client can connect to its bootstrap address. Its topics live in memory until it stops.</source>
        <translation>Ein eingebetteter Kafka-Cluster (der Mock-Cluster von librdkafka) auf diesem Rechner. Läufe verwenden ihn, wenn kein Verbindungsprofil aktiv ist; jeder Kafka-Client kann sich mit seiner Bootstrap-Adresse verbinden. Seine Topics liegen im Speicher, bis er gestoppt wird.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Into the selected topic:</source>
        <translation>In das ausgewählte Topic:</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stop Sandbox</source>
        <translation>Sandbox stoppen</translation>
    </message>
    <message>
        <source>Start Sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
</context>
<context>
    <name>SchemaRegistryPage</name>
    <message>
        <source>Registry %1</source>
        <translation>Registry %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Schema Registries</source>
        <translation>Schema Registries</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A Confluent-compatible Schema Registry</source>
        <translation>Eine Confluent-kompatible Schema Registry</translation>
    </message>
    <message>
        <source>the URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>For HTTP basic authentication; empty = none</source>
        <translation>Für HTTP-Basic-Authentifizierung; leer = keine</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Keychain: the secret is stored in the operating system&apos;s keychain.
Environment variable: the secret is read from that variable when a connection starts.
Either way only a reference is saved in the settings.</source>
        <translation>Schlüsselbund: Das Geheimnis wird im Schlüsselbund des Betriebssystems gespeichert.
Umgebungsvariable: Das Geheimnis wird beim Verbindungsaufbau aus dieser Variablen gelesen.
In beiden Fällen wird in den Einstellungen nur eine Referenz gespeichert.</translation>
    </message>
    <message>
        <source>Secret (stored in the keychain on OK)</source>
        <translation>Geheimnis (wird bei OK im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Variable name, e.g. KAFKA_PASSWORD</source>
        <translation>Variablenname, z. B. KAFKA_PASSWORD</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Kein Geheimnis</translation>
    </message>
    <message>
        <source>Enter the name of an environment variable (letters, digits and _).</source>
        <translation>Geben Sie den Namen einer Umgebungsvariablen ein (Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Enter the secret to store in the keychain.</source>
        <translation>Geben Sie das Geheimnis ein, das im Schlüsselbund gespeichert werden soll.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation>%1: Die Umgebungsvariable %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>%1: cannot read the keychain entry (%2). Store the secret again in Settings, or use an env:NAME reference.</source>
        <translation>%1: Der Schlüsselbund-Eintrag kann nicht gelesen werden (%2). Speichern Sie das Geheimnis erneut in den Einstellungen oder verwenden Sie eine env:NAME-Referenz.</translation>
    </message>
    <message>
        <source>The value is not a secret reference; write env:NAME or keychain:NAME.</source>
        <translation>Der Wert ist keine Geheimnis-Referenz; schreiben Sie env:NAME oder keychain:NAME.</translation>
    </message>
    <message>
        <source>Cannot store the secret %1 in the keychain: %2. Enter an environment variable reference (env:NAME) instead; the secret is not saved anywhere else.</source>
        <translation>Das Geheimnis %1 kann nicht im Schlüsselbund gespeichert werden: %2. Geben Sie stattdessen eine Umgebungsvariablen-Referenz (env:NAME) ein; das Geheimnis wird nirgendwo sonst gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>SqlPreviewDock</name>
    <message>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>Flink: &apos;properties.bootstrap.servers&apos; of every Kafka table</source>
        <translation>Flink: &apos;properties.bootstrap.servers&apos; jeder Kafka-Tabelle</translation>
    </message>
    <message>
        <source>Confluent Cloud model options</source>
        <translation>Confluent-Cloud-Modelloptionen</translation>
    </message>
    <message>
        <source>Flink: emit Confluent Cloud&apos;s CREATE CONNECTION and model options instead of open-source Flink 2.1&apos;s</source>
        <translation>Flink: CREATE CONNECTION und Modelloptionen von Confluent Cloud statt denen von Open-Source-Flink 2.1 ausgeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ksqlDB has no LLM functions: name a deployed user-defined function to call for LLM steps, or leave empty to report them as not expressible</source>
        <translation>ksqlDB hat keine LLM-Funktionen: Geben Sie eine bereitgestellte benutzerdefinierte Funktion für LLM-Schritte an oder lassen Sie das Feld leer, um sie als nicht ausdrückbar zu melden</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>ksqlDB LLM UDF:</source>
        <translation>ksqlDB-LLM-UDF:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>Das gesamte Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the script to a .sql file</source>
        <translation>Das Skript in eine .sql-Datei schreiben</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Exportoptionen</translation>
    </message>
    <message>
        <source>ksqlDB</source>
        <translation>ksqlDB</translation>
    </message>
    <message>
        <source>Flink SQL</source>
        <translation>Flink SQL</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Cannot be expressed</source>
        <translation>Nicht ausdrückbar</translation>
    </message>
    <message>
        <source>(pipeline)</source>
        <translation>(Pipeline)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) cannot be expressed in this dialect</source>
        <translation>
            <numerusform>%n Schritt lässt sich in diesem Dialekt nicht ausdrücken</numerusform>
            <numerusform>%n Schritte lassen sich in diesem Dialekt nicht ausdrücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)).</source>
        <translation>
            <numerusform>%1-Skript kopiert (%n Zeile).</numerusform>
            <numerusform>%1-Skript kopiert (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SQL</source>
        <translation>SQL exportieren</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1, but %n step(s) cannot be expressed: see the list above.</source>
        <translation>
            <numerusform>Nach %1 exportiert, aber %n Schritt lässt sich nicht ausdrücken: siehe Liste oben.</numerusform>
            <numerusform>Nach %1 exportiert, aber %n Schritte lassen sich nicht ausdrücken: siehe Liste oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Connector configuration(s) beside it: %1.</source>
        <translation>Konnektor-Konfiguration(en) daneben: %1.</translation>
    </message>
</context>
<context>
    <name>TestCaseDiffView</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Select a difference to compare the expected with the actual records.</source>
        <translation>Einen Unterschied auswählen, um die erwarteten mit den tatsächlichen Datensätzen zu vergleichen.</translation>
    </message>
    <message>
        <source>Select a test case to see what it checks and what differs.</source>
        <translation>Einen Testfall auswählen, um zu sehen, was er prüft und was abweicht.</translation>
    </message>
    <message>
        <source>%1: not run yet.</source>
        <translation>%1: noch nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: passed (%n expectation(s) hold).</source>
        <translation>
            <numerusform>%1: bestanden (%n Erwartung erfüllt).</numerusform>
            <numerusform>%1: bestanden (%n Erwartungen erfüllt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: failed (%n expectation(s) not met).</source>
        <translation>
            <numerusform>%1: fehlgeschlagen (%n Erwartung nicht erfüllt).</numerusform>
            <numerusform>%1: fehlgeschlagen (%n Erwartungen nicht erfüllt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: could not run (%n error(s)).</source>
        <translation>
            <numerusform>%1: konnte nicht laufen (%n Fehler).</numerusform>
            <numerusform>%1: konnte nicht laufen (%n Fehler).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline (%n error(s)); no case ran.</source>
        <translation>
            <numerusform>%1 passt nicht zur Pipeline (%n Fehler); kein Fall wurde ausgeführt.</numerusform>
            <numerusform>%1 passt nicht zur Pipeline (%n Fehler); kein Fall wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected at %1:</source>
        <translation>Erwartet bei %1:</translation>
    </message>
    <message numerus="yes">
        <source>Actual (%n record(s)):</source>
        <translation>
            <numerusform>Tatsächlich (%n Datensatz):</numerusform>
            <numerusform>Tatsächlich (%n Datensätze):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestCaseEditorDialog</name>
    <message>
        <source>Expect Current Output</source>
        <translation>Aktuelle Ausgabe erwarten</translation>
    </message>
    <message>
        <source>New Test Case</source>
        <translation>Neuer Testfall</translation>
    </message>
    <message>
        <source>Edit Test Case</source>
        <translation>Testfall bearbeiten</translation>
    </message>
    <message>
        <source>what the case shows, e.g. &quot;readings above 100 raise an alert&quot;</source>
        <translation>was der Fall zeigt, z. B. „Messwerte über 100 lösen einen Alarm aus“</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Run the case now and take what reaches each sink and dead-letter path as its expectations (review them before saving)</source>
        <translation>Den Fall jetzt ausführen und das, was jede Senke und jeden Dead-Letter-Pfad erreicht, als Erwartungen übernehmen (vor dem Speichern prüfen)</translation>
    </message>
    <message>
        <source>The pipeline has no source node to feed.</source>
        <translation>Die Pipeline hat keinen Quellknoten, der Eingaben bekommen könnte.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;SINK&quot;, &quot;records&quot;: [...]}] — or Expect Current Output</source>
        <translation>[{&quot;node&quot;: &quot;SENKE&quot;, &quot;records&quot;: [...]}] – oder „Aktuelle Ausgabe erwarten“</translation>
    </message>
    <message>
        <source>[{&quot;node&quot;: &quot;AI STEP&quot;, &quot;prompt&quot;: &quot;text in the prompt&quot;, &quot;answer&quot;: ...}]</source>
        <translation>[{&quot;node&quot;: &quot;KI-SCHRITT&quot;, &quot;prompt&quot;: &quot;Text im Prompt&quot;, &quot;answer&quot;: ...}]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>One record per line: the value as JSON, or {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</source>
        <translation>Ein Datensatz pro Zeile: der Wert als JSON oder {&quot;value&quot;: …, &quot;key&quot;: …, &quot;headers&quot;: {…}, &quot;timestamp&quot;: …}.</translation>
    </message>
    <message>
        <source>Expectations (per sink, output port or dead-letter path):</source>
        <translation>Erwartungen (je Senke, Ausgangsport oder Dead-Letter-Pfad):</translation>
    </message>
    <message>
        <source>Input records per source:</source>
        <translation>Eingabedatensätze je Quelle:</translation>
    </message>
    <message>
        <source>LLM fixtures (answers by node and prompt text, so no test calls a model):</source>
        <translation>LLM-Fixtures (Antworten nach Knoten und Prompt-Text, damit kein Test ein Modell aufruft):</translation>
    </message>
    <message numerus="yes">
        <source>Reads %n record(s) from %1; edit that file to change them.</source>
        <translation>
            <numerusform>Liest %n Datensatz aus %1; diese Datei bearbeiten, um ihn zu ändern.</numerusform>
            <numerusform>Liest %n Datensätze aus %1; diese Datei bearbeiten, um sie zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case needs a name.</source>
        <translation>Der Fall braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another case is called &quot;%1&quot;; names must be unique.</source>
        <translation>Ein anderer Fall heißt „%1“; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Source %1, line %2: not JSON: %3</source>
        <translation>Quelle %1, Zeile %2: kein JSON: %3</translation>
    </message>
    <message>
        <source>%1: a JSON array [ … ] is expected.</source>
        <translation>%1: ein JSON-Array [ … ] wird erwartet.</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>LLM fixtures</source>
        <translation>LLM-Fixtures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The case cannot run:</source>
        <translation>Der Fall kann nicht laufen:</translation>
    </message>
</context>
<context>
    <name>TestResultLabel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestsDock</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Run All &amp;Tests</source>
        <translation>Alle &amp;Tests ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run every case of the pipeline&apos;s test file now (Ctrl+Shift+T)</source>
        <translation>Alle Fälle der Testdatei der Pipeline jetzt ausführen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Add Test Case…</source>
        <translation>Testfall &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Write input records for the sources and what the sinks must receive</source>
        <translation>Eingabedatensätze für die Quellen schreiben und festlegen, was die Senken erhalten müssen</translation>
    </message>
    <message>
        <source>&amp;Edit Test Case…</source>
        <translation>Testfall &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Test Case</source>
        <translation>Testfall &amp;entfernen</translation>
    </message>
    <message>
        <source>Save Run as Test &amp;Case…</source>
        <translation>Lauf als Test&amp;fall speichern…</translation>
    </message>
    <message>
        <source>A new case from the records the live run last read at each source; what the pipeline makes of them becomes its expectations</source>
        <translation>Ein neuer Fall aus den Datensätzen, die der Live-Lauf zuletzt an jeder Quelle gelesen hat; was die Pipeline daraus macht, wird zu seinen Erwartungen</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>Testfall entfernen</translation>
    </message>
    <message>
        <source>Remove the test case &quot;%1&quot; from %2?</source>
        <translation>Den Testfall „%1“ aus %2 entfernen?</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message numerus="yes">
        <source>failed (%n difference(s))</source>
        <translation>
            <numerusform>fehlgeschlagen (%n Unterschied)</numerusform>
            <numerusform>fehlgeschlagen (%n Unterschiede)</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No test cases. Add one; save the pipeline to keep its tests beside it.</source>
        <translation>Keine Testfälle. Einen hinzufügen; die Pipeline speichern, damit ihre Tests daneben bleiben.</translation>
    </message>
    <message>
        <source>No test cases in %1. Add Test Case writes the first.</source>
        <translation>Keine Testfälle in %1. „Testfall hinzufügen“ schreibt den ersten.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>%n Testfall läuft…</numerusform>
            <numerusform>%n Testfälle laufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 does not fit the pipeline: %n error(s), no case ran.</source>
        <translation>
            <numerusform>%1 passt nicht zur Pipeline: %n Fehler, kein Fall wurde ausgeführt.</numerusform>
            <numerusform>%1 passt nicht zur Pipeline: %n Fehler, kein Fall wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n test case(s) pass.</source>
        <translation>
            <numerusform>Der %n Testfall besteht.</numerusform>
            <numerusform>Alle %n Testfälle bestehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test case(s) failed.</source>
        <translation>
            <numerusform>%1 von %n Testfall fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Testfällen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the pipeline to keep its tests.</source>
        <translation>Die Pipeline speichern, um ihre Tests zu behalten.</translation>
    </message>
    <message>
        <source>Re-running…</source>
        <translation>Wird erneut ausgeführt…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A test case called &quot;%1&quot; exists already.</source>
        <translation>Ein Testfall namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Saved from a live run.</source>
        <translation>Aus einem Live-Lauf gespeichert.</translation>
    </message>
    <message>
        <source>The run has no records at its sources to save.</source>
        <translation>Der Lauf hat an seinen Quellen keine Datensätze zum Speichern.</translation>
    </message>
    <message>
        <source>The records cannot be replayed as a test: %1</source>
        <translation>Die Datensätze können nicht als Test abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Save Run as Test Case</source>
        <translation>Lauf als Testfall speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) last read at the sources become the inputs. Name of the new case:</source>
        <translation>
            <numerusform>%n zuletzt an den Quellen gelesener Datensatz wird zur Eingabe. Name des neuen Falls:</numerusform>
            <numerusform>%n zuletzt an den Quellen gelesene Datensätze werden zu Eingaben. Name des neuen Falls:</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>aufgezeichneter Lauf</translation>
    </message>
</context>
<context>
    <name>TextParameterEditor</name>
    <message>
        <source>e.g. 500ms, 10s, 1m, 2h, 1d</source>
        <translation>z. B. 500ms, 10s, 1m, 2h, 1d</translation>
    </message>
    <message>
        <source>env:NAME or keychain:NAME</source>
        <translation>env:NAME oder keychain:NAME</translation>
    </message>
</context>
<context>
    <name>TopicBrowserDock</name>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Use as Source</source>
        <translation>Als Quelle verwenden</translation>
    </message>
    <message>
        <source>Add a Kafka source for this topic, its schema sampled from the latest messages</source>
        <translation>Eine Kafka-Quelle für dieses Topic hinzufügen, ihr Schema aus den neuesten Nachrichten abgetastet</translation>
    </message>
    <message>
        <source>Not connected. Start the sandbox (Tools → Sandbox Cluster) or choose a connection profile.</source>
        <translation>Nicht verbunden. Starten Sie die Sandbox (Extras → Sandbox-Cluster) oder wählen Sie ein Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>  key %1</source>
        <translation>  Schlüssel %1</translation>
    </message>
    <message>
        <source>// %1 has no messages yet</source>
        <translation>// %1 hat noch keine Nachrichten</translation>
    </message>
    <message>
        <source>First offset: the oldest message a partition still keeps. %1</source>
        <translation>Erster Offset: die älteste Nachricht, die eine Partition noch vorhält. %1</translation>
    </message>
</context>
<context>
    <name>TopicTree</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <source>Offsets (first … next)</source>
        <translation>Offsets (erster … nächster)</translation>
    </message>
    <message>
        <source>First: the oldest offset the partition still keeps (its log start offset). Next: the offset the next message gets.</source>
        <translation>Erster: der älteste Offset, den die Partition noch vorhält (ihr Log-Start-Offset). Nächster: der Offset, den die nächste Nachricht erhält.</translation>
    </message>
    <message>
        <source>A sandbox partition keeps the newest 5 MiB of record batches (at most 100,000 batches) and drops older messages; its first offset shows where it starts. Produce Samples compresses with lz4 and keeps 200,000 IoT readings; other producers should compress too (kcat -z lz4).</source>
        <translation>Eine Sandbox-Partition behält die neuesten 5 MiB an Record-Batches (höchstens 100.000 Batches) und verwirft ältere Nachrichten; ihr erster Offset zeigt, wo sie beginnt. „Beispieldaten produzieren“ komprimiert mit lz4 und behält 200.000 IoT-Messwerte; andere Producer sollten ebenfalls komprimieren (kcat -z lz4).</translation>
    </message>
    <message>
        <source>Offsets 0 … %1 are no longer kept (retention; the sandbox keeps only the newest 5 MiB per partition).</source>
        <translation>Offsets 0 … %1 werden nicht mehr vorgehalten (Aufbewahrung; die Sandbox behält nur die neuesten 5 MiB pro Partition).</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt verwendeten Dateien.</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Run an example on the sandbox</source>
        <translation>Beispiel in der Sandbox ausführen</translation>
    </message>
    <message>
        <source>Opens the IoT example on the embedded Kafka cluster and starts it; then Produce Samples.</source>
        <translation>Öffnet das IoT-Beispiel auf dem eingebetteten Kafka-Cluster und startet es; danach „Beispieldaten produzieren“.</translation>
    </message>
    <message>
        <source>Describe a pipeline to the assistant</source>
        <translation>Pipeline dem Assistenten beschreiben</translation>
    </message>
    <message>
        <source>Say in plain words what should happen to your events; the assistant draws it.</source>
        <translation>In einfachen Worten sagen, was mit den Events geschehen soll; der Assistent zeichnet es.</translation>
    </message>
    <message>
        <source>Welcome to Pipewright</source>
        <translation>Willkommen bei Pipewright</translation>
    </message>
    <message>
        <source>Design Kafka event pipelines as node graphs, run them live on the sandbox and export them as ksqlDB or Flink SQL.</source>
        <translation>Kafka-Event-Pipelines als Knotengraphen entwerfen, live in der Sandbox ausführen und als ksqlDB oder Flink SQL exportieren.</translation>
    </message>
    <message>
        <source>Try first</source>
        <translation>Zuerst ausprobieren</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Kafka source</source>
        <translation>Kafka-Quelle</translation>
    </message>
    <message>
        <source>Consumes records from a Kafka topic. Declare the record fields so later steps can check their expressions, or leave the schema empty to use any field.</source>
        <translation>Konsumiert Datensätze aus einem Kafka-Topic. Deklarieren Sie die Felder der Datensätze, damit spätere Schritte ihre Ausdrücke prüfen können, oder lassen Sie das Schema leer, um beliebige Felder zu verwenden.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Every record consumed from the topic.</source>
        <translation>Jeder aus dem Topic konsumierte Datensatz.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to consume, e.g. iot.readings.</source>
        <translation>Name des zu konsumierenden Kafka-Topics, z. B. iot.readings.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>json parses each value as a JSON object whose members are the record fields; string passes key and value through as the text fields key and value; avro decodes Confluent&apos;s Avro wire format (magic byte, schema id) with the writer schema from the Schema Registry.</source>
        <translation>json liest jeden Wert als JSON-Objekt, dessen Member die Felder des Datensatzes sind; string reicht Schlüssel und Wert als Textfelder key und value durch; avro dekodiert das Avro-Wire-Format von Confluent (Magic Byte, Schema-ID) mit dem Writer-Schema aus der Schema Registry.</translation>
    </message>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference, set in the settings or with pipewright-cli run --schema-registry NAME=URL) that holds the topic&apos;s Avro schemas.</source>
        <translation>Name des Schema-Registry-Profils (URL und Referenz auf die Zugangsdaten, festgelegt in den Einstellungen oder mit pipewright-cli run --schema-registry NAME=URL), das die Avro-Schemas des Topics enthält.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>The fields of each record (name, type, sensitive for personal data). Empty: fields are not checked until a sample of the topic has been read.</source>
        <translation>Die Felder jedes Datensatzes (Name, Typ, vertraulich bei personenbezogenen Daten). Leer: Felder werden erst geprüft, wenn eine Stichprobe des Topics gelesen wurde.</translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation>Start-Offset</translation>
    </message>
    <message>
        <source>Where a consumer group without committed offsets starts: earliest reads the whole topic, latest only new records, committed resumes where the group left off and fails when it has no offsets yet.</source>
        <translation>Wo eine Consumer-Gruppe ohne committete Offsets beginnt: earliest liest das ganze Topic, latest nur neue Datensätze, committed setzt dort fort, wo die Gruppe aufgehört hat, und schlägt fehl, wenn sie noch keine Offsets hat.</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <source>Kafka consumer group id for this source. Empty: the pipeline&apos;s consumer group.</source>
        <translation>Kafka-Consumer-Gruppen-ID für diese Quelle. Leer: die Consumer-Gruppe der Pipeline.</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>Zeitstempelfeld</translation>
    </message>
    <message>
        <source>Field holding the event time (epoch milliseconds) used by windows downstream. Empty: the Kafka record timestamp.</source>
        <translation>Feld mit der Ereigniszeit (Epoch-Millisekunden), die nachgelagerte Fenster verwenden. Leer: der Zeitstempel des Kafka-Datensatzes.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Generates realistic sample records without a Kafka topic, to try a pipeline out.</source>
        <translation>Erzeugt realistische Beispieldatensätze ohne Kafka-Topic, um eine Pipeline auszuprobieren.</translation>
    </message>
    <message>
        <source>The generated records.</source>
        <translation>Die erzeugten Datensätze.</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Which built-in data set to generate: iot-temperature — Temperature readings from IoT devices: device id, temperature in degrees Fahrenheit, event time. payments — Card payments: payment id, customer id, amount, ISO currency code, event time. flight-events — Flight status changes (scheduled, delayed, cancelled, boarding, landed) per booked customer, with origin, destination and departure time. chat-messages — Chat messages: message id, user id, channel and free text. customers — Customer master data keyed by customer id; email and phone are personal data (sensitive).</source>
        <translation>Welcher eingebaute Datensatz erzeugt wird: iot-temperature — Temperaturmesswerte von IoT-Geräten: Geräte-ID, Temperatur in Grad Fahrenheit, Ereigniszeit. payments — Kartenzahlungen: Zahlungs-ID, Kunden-ID, Betrag, ISO-Währungscode, Ereigniszeit. flight-events — Änderungen des Flugstatus (scheduled, delayed, cancelled, boarding, landed) pro gebuchtem Kunden, mit Abflugort, Ziel und Abflugzeit. chat-messages — Chatnachrichten: Nachrichten-ID, Benutzer-ID, Kanal und freier Text. customers — Kundenstammdaten mit der Kunden-ID als Schlüssel; E-Mail und Telefon sind personenbezogene Daten (vertraulich).</translation>
    </message>
    <message>
        <source>Rate (records/s)</source>
        <translation>Rate (Datensätze/s)</translation>
    </message>
    <message>
        <source>Records generated per second; 0 generates as fast as possible.</source>
        <translation>Pro Sekunde erzeugte Datensätze; 0 erzeugt so schnell wie möglich.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Stop after this many records; 0 keeps generating until the pipeline stops.</source>
        <translation>Nach so vielen Datensätzen aufhören; 0 erzeugt weiter, bis die Pipeline stoppt.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Random seed: the same seed produces the same records, so runs are repeatable.</source>
        <translation>Zufallsstartwert: Derselbe Startwert erzeugt dieselben Datensätze, sodass Läufe wiederholbar sind.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Keeps the records for which a condition is TRUE; the others are dropped and counted.</source>
        <translation>Behält die Datensätze, für die eine Bedingung TRUE ist; die anderen werden verworfen und gezählt.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>The records to process.</source>
        <translation>Die zu verarbeitenden Datensätze.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The records that pass the condition.</source>
        <translation>Die Datensätze, die die Bedingung erfüllen.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>A boolean SQL expression over the record, e.g. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Records where it is FALSE or NULL are dropped.</source>
        <translation>Ein boolescher SQL-Ausdruck über den Datensatz, z. B. temperature &gt; 100 AND device_id LIKE &apos;lab-%&apos;. Datensätze, für die er FALSE oder NULL ist, werden verworfen.</translation>
    </message>
    <message>
        <source>On error</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>What happens to a record this step fails on: dead-letter sends it with the error, node id and source offset to the pipeline&apos;s dead-letter topic; skip drops it (counted); stop halts the pipeline without committing the record&apos;s offset.</source>
        <translation>Was mit einem Datensatz geschieht, bei dem dieser Schritt fehlschlägt: dead-letter sendet ihn mit Fehler, Knoten-ID und Quell-Offset an das Dead-Letter-Topic der Pipeline; skip verwirft ihn (gezählt); stop hält die Pipeline an, ohne den Offset des Datensatzes zu committen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Builds new records with exactly the listed fields, each computed by an expression (select, rename, convert, derive).</source>
        <translation>Bildet neue Datensätze mit genau den aufgeführten Feldern, jedes durch einen Ausdruck berechnet (auswählen, umbenennen, umwandeln, ableiten).</translation>
    </message>
    <message>
        <source>Records with the listed fields.</source>
        <translation>Datensätze mit den aufgeführten Feldern.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>The output fields in order: a name and the expression computing it, e.g. temp_c = (temperature - 32) / 1.8.</source>
        <translation>Die Ausgabefelder in Reihenfolge: ein Name und der Ausdruck, der ihn berechnet, z. B. temp_c = (temperature - 32) / 1.8.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the output field.</source>
        <translation>Name des Ausgabefelds.</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>SQL expression over the input record, e.g. UPPER(country) or amount * 100.</source>
        <translation>SQL-Ausdruck über den Eingabedatensatz, z. B. UPPER(country) oder amount * 100.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Sends each record to the output of the first route whose condition is TRUE, or to else.</source>
        <translation>Sendet jeden Datensatz an den Ausgang der ersten Route, deren Bedingung TRUE ist, oder an else.</translation>
    </message>
    <message>
        <source>else</source>
        <translation>sonst</translation>
    </message>
    <message>
        <source>Records matching no route.</source>
        <translation>Datensätze, auf die keine Route passt.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Ordered routes, each a name (its output port) and a boolean condition; the first matching route wins, records matching none go to the else output.</source>
        <translation>Geordnete Routen, jede mit einem Namen (ihrem Ausgangsanschluss) und einer booleschen Bedingung; die erste passende Route gewinnt, Datensätze ohne Treffer gehen an den Ausgang else.</translation>
    </message>
    <message>
        <source>Name of the route and its output port; unique, not &quot;else&quot;.</source>
        <translation>Name der Route und ihres Ausgangsanschlusses; eindeutig, nicht &quot;else&quot;.</translation>
    </message>
    <message>
        <source>Boolean SQL expression, e.g. temperature &gt; 132.</source>
        <translation>Boolescher SQL-Ausdruck, z. B. temperature &gt; 132.</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Checks every record against named constraints: records meeting all of them leave on valid, the others on invalid with the names of the violated constraints.</source>
        <translation>Prüft jeden Datensatz gegen benannte Bedingungen: Datensätze, die alle erfüllen, verlassen den Knoten über valid, die anderen über invalid mit den Namen der verletzten Bedingungen.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Records for which every constraint is TRUE.</source>
        <translation>Datensätze, für die jede Bedingung TRUE ist.</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Records violating at least one constraint (NULL counts as a violation).</source>
        <translation>Datensätze, die mindestens eine Bedingung verletzen (NULL zählt als Verletzung).</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Named boolean conditions a valid record meets, e.g. in_range: temperature BETWEEN 32 AND 132.</source>
        <translation>Benannte boolesche Bedingungen, die ein gültiger Datensatz erfüllt, z. B. in_range: temperature BETWEEN 32 AND 132.</translation>
    </message>
    <message>
        <source>Name reported for records violating this constraint.</source>
        <translation>Name, der für Datensätze gemeldet wird, die diese Bedingung verletzen.</translation>
    </message>
    <message>
        <source>Boolean SQL expression that is TRUE for valid records; NULL counts as a violation.</source>
        <translation>Boolescher SQL-Ausdruck, der für gültige Datensätze TRUE ist; NULL zählt als Verletzung.</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maskieren</translation>
    </message>
    <message>
        <source>Anonymises personal data in flight: redacts, hashes or partially hides the listed fields. Masked fields may then be sent to LLM steps.</source>
        <translation>Anonymisiert personenbezogene Daten im Fluss: schwärzt, hasht oder verbirgt die aufgeführten Felder teilweise. Maskierte Felder dürfen danach an LLM-Schritte gesendet werden.</translation>
    </message>
    <message>
        <source>The records with the listed fields masked.</source>
        <translation>Die Datensätze mit maskierten aufgeführten Feldern.</translation>
    </message>
    <message>
        <source>The fields to mask and how.</source>
        <translation>Die zu maskierenden Felder und wie.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field to mask; a dotted path such as customer.email reaches nested fields.</source>
        <translation>Zu maskierendes Feld; ein Pfad mit Punkten wie customer.email erreicht verschachtelte Felder.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>redact replaces the value with a fixed marker; hash replaces it with a SHA-256 hex digest (equal values stay joinable); partial hides all but the last characters.</source>
        <translation>redact ersetzt den Wert durch eine feste Markierung; hash ersetzt ihn durch einen SHA-256-Hex-Digest (gleiche Werte bleiben verknüpfbar); partial verbirgt alles außer den letzten Zeichen.</translation>
    </message>
    <message>
        <source>Keep last</source>
        <translation>Letzte behalten</translation>
    </message>
    <message>
        <source>For partial: how many trailing characters stay visible.</source>
        <translation>Für partial: wie viele Zeichen am Ende sichtbar bleiben.</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Aggregieren</translation>
    </message>
    <message>
        <source>Groups records by key within time windows and computes count, sum, avg, min or max per group; emits one record per group and window.</source>
        <translation>Gruppiert Datensätze nach Schlüssel innerhalb von Zeitfenstern und berechnet count, sum, avg, min oder max pro Gruppe; gibt einen Datensatz pro Gruppe und Fenster aus.</translation>
    </message>
    <message>
        <source>One record per group and window: group columns, aggregates, window_start, window_end.</source>
        <translation>Ein Datensatz pro Gruppe und Fenster: Gruppenspalten, Aggregate, window_start, window_end.</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Expressions forming the group key, e.g. customer_id. A field keeps its name as column; other expressions become key_1, key_2, ... Empty: one group for all records.</source>
        <translation>Ausdrücke, die den Gruppenschlüssel bilden, z. B. customer_id. Ein Feld behält seinen Namen als Spalte; andere Ausdrücke werden zu key_1, key_2, ... Leer: eine Gruppe für alle Datensätze.</translation>
    </message>
    <message>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>The computed columns: a name, a function and the expression it aggregates.</source>
        <translation>Die berechneten Spalten: ein Name, eine Funktion und der aggregierte Ausdruck.</translation>
    </message>
    <message>
        <source>Name of the output column, e.g. total_amount.</source>
        <translation>Name der Ausgabespalte, z. B. total_amount.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>count counts records (or non-NULL values of the expression); sum and avg need a number; min and max work on numbers, strings and timestamps.</source>
        <translation>count zählt Datensätze (oder Nicht-NULL-Werte des Ausdrucks); sum und avg brauchen eine Zahl; min und max funktionieren mit Zahlen, Strings und Zeitstempeln.</translation>
    </message>
    <message>
        <source>The value aggregated, e.g. amount. Optional for count.</source>
        <translation>Der aggregierte Wert, z. B. amount. Optional bei count.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>tumbling: fixed, non-overlapping windows of the size; hopping: windows of the size starting every advance; session: a window per key that closes after a gap of inactivity.</source>
        <translation>tumbling: feste, nicht überlappende Fenster der Größe; hopping: Fenster der Größe, die jeweils nach advance beginnen; session: ein Fenster pro Schlüssel, das nach einer Inaktivitätslücke schließt.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Window length, e.g. 1m or 1h.</source>
        <translation>Fensterlänge, z. B. 1m oder 1h.</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Vorschub</translation>
    </message>
    <message>
        <source>For hopping windows: how far each window starts after the previous one (at most the size).</source>
        <translation>Für Hopping-Fenster: wie weit jedes Fenster nach dem vorherigen beginnt (höchstens die Größe).</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>For session windows: inactivity after which a key&apos;s session closes.</source>
        <translation>Für Session-Fenster: Inaktivität, nach der die Session eines Schlüssels schließt.</translation>
    </message>
    <message>
        <source>Time field</source>
        <translation>Zeitfeld</translation>
    </message>
    <message>
        <source>Event-time field (timestamp or epoch milliseconds) that assigns records to windows. Empty: processing time.</source>
        <translation>Ereigniszeitfeld (Zeitstempel oder Epoch-Millisekunden), das Datensätze Fenstern zuordnet. Leer: Verarbeitungszeit.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>How long a window stays open for late records after it ends.</source>
        <translation>Wie lange ein Fenster nach seinem Ende für verspätete Datensätze offen bleibt.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Enriches each stream record with the latest table record of the same key (stream-table lookup join), e.g. flight events with customer data.</source>
        <translation>Reichert jeden Stream-Datensatz mit dem neuesten Tabellen-Datensatz desselben Schlüssels an (Stream-Tabellen-Lookup-Join), z. B. Flugereignisse mit Kundendaten.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>The records to enrich; each produces at most one output.</source>
        <translation>Die anzureichernden Datensätze; jeder erzeugt höchstens eine Ausgabe.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>A table topic: the latest record per key is kept and looked up.</source>
        <translation>Ein Tabellen-Topic: Der neueste Datensatz pro Schlüssel wird gehalten und nachgeschlagen.</translation>
    </message>
    <message>
        <source>Stream fields followed by table fields (clashing table names prefixed table_).</source>
        <translation>Stream-Felder gefolgt von Tabellenfeldern (kollidierende Tabellennamen mit Präfix table_).</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream-Schlüssel</translation>
    </message>
    <message>
        <source>Expression over the stream record giving the lookup key, e.g. customer_id.</source>
        <translation>Ausdruck über den Stream-Datensatz, der den Lookup-Schlüssel liefert, z. B. customer_id.</translation>
    </message>
    <message>
        <source>Table key</source>
        <translation>Tabellenschlüssel</translation>
    </message>
    <message>
        <source>Expression over the table record giving its key, e.g. customer_id.</source>
        <translation>Ausdruck über den Tabellen-Datensatz, der seinen Schlüssel liefert, z. B. customer_id.</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Join-Typ</translation>
    </message>
    <message>
        <source>left keeps stream records without a table match (table fields NULL); inner drops them.</source>
        <translation>left behält Stream-Datensätze ohne Tabellentreffer (Tabellenfelder NULL); inner verwirft sie.</translation>
    </message>
    <message>
        <source>Deduplicate</source>
        <translation>Deduplizieren</translation>
    </message>
    <message>
        <source>Drops records whose key was already seen within the window, e.g. redelivered events.</source>
        <translation>Verwirft Datensätze, deren Schlüssel innerhalb des Fensters bereits gesehen wurde, z. B. erneut zugestellte Ereignisse.</translation>
    </message>
    <message>
        <source>The first record of each key per window.</source>
        <translation>Der erste Datensatz jedes Schlüssels pro Fenster.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Expression identifying duplicates, e.g. event_id or CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</source>
        <translation>Ausdruck, der Duplikate erkennt, z. B. event_id oder CONCAT(device_id, &apos;-&apos;, CAST(ts AS STRING)).</translation>
    </message>
    <message>
        <source>How long a key is remembered.</source>
        <translation>Wie lange ein Schlüssel gemerkt wird.</translation>
    </message>
    <message>
        <source>LLM prompt</source>
        <translation>LLM-Prompt</translation>
    </message>
    <message>
        <source>Sends a prompt built from each record to a chat-completion model and adds the answer to the record.</source>
        <translation>Sendet einen aus jedem Datensatz gebildeten Prompt an ein Chat-Completion-Modell und fügt die Antwort dem Datensatz hinzu.</translation>
    </message>
    <message>
        <source>The records to send to the model.</source>
        <translation>Die an das Modell zu sendenden Datensätze.</translation>
    </message>
    <message>
        <source>The input records with the model&apos;s answer added.</source>
        <translation>Die Eingabedatensätze mit hinzugefügter Antwort des Modells.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Name of the LLM endpoint profile from the settings (base URL, API key reference, default model) of any OpenAI-compatible service: OpenAI, Azure gateways, Ollama, vLLM, llama.cpp.</source>
        <translation>Name des LLM-Endpunktprofils aus den Einstellungen (Basis-URL, Referenz auf den API-Schlüssel, Standardmodell) eines beliebigen OpenAI-kompatiblen Dienstes: OpenAI, Azure-Gateways, Ollama, vLLM, llama.cpp.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model name as the endpoint knows it, e.g. gpt-4o-mini or llama3.1:8b. Empty: the endpoint profile&apos;s default model.</source>
        <translation>Modellname, wie der Endpunkt ihn kennt, z. B. gpt-4o-mini oder llama3.1:8b. Leer: das Standardmodell des Endpunktprofils.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Sets the model&apos;s role and rules, e.g. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</source>
        <translation>Legt Rolle und Regeln des Modells fest, z. B. &quot;You are a Kafka operations analyst. Answer in one sentence.&quot;</translation>
    </message>
    <message>
        <source>User prompt</source>
        <translation>Benutzer-Prompt</translation>
    </message>
    <message>
        <source>The message sent per record; {{field}} or {{a.b}} inserts a field of the record, e.g. &quot;Summarise this event: {{payload}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Die pro Datensatz gesendete Nachricht; {{field}} oder {{a.b}} fügt ein Feld des Datensatzes ein, z. B. &quot;Summarise this event: {{payload}}&quot;. Vertrauliche Felder müssen vorher maskiert werden.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Randomness of the answer from 0 (deterministic) to 2.</source>
        <translation>Zufälligkeit der Antwort von 0 (deterministisch) bis 2.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Upper bound on the answer&apos;s length in tokens.</source>
        <translation>Obergrenze für die Länge der Antwort in Tokens.</translation>
    </message>
    <message>
        <source>Output field</source>
        <translation>Ausgabefeld</translation>
    </message>
    <message>
        <source>Field that receives the answer.</source>
        <translation>Feld, das die Antwort aufnimmt.</translation>
    </message>
    <message>
        <source>Output mode</source>
        <translation>Ausgabemodus</translation>
    </message>
    <message>
        <source>text stores the answer as a string; json asks for a JSON object and stores it parsed (answers that are not valid JSON are errors).</source>
        <translation>text speichert die Antwort als String; json fordert ein JSON-Objekt an und speichert es geparst (Antworten, die kein gültiges JSON sind, sind Fehler).</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>For json mode: a JSON schema the answer must follow; its properties become the output field&apos;s members.</source>
        <translation>Für den json-Modus: ein JSON-Schema, dem die Antwort folgen muss; seine Properties werden zu Membern des Ausgabefelds.</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>How often a failed or timed-out call is retried before the record goes to the error policy. 0 disables retries.</source>
        <translation>Wie oft ein fehlgeschlagener oder abgelaufener Aufruf wiederholt wird, bevor der Datensatz an die Fehlerrichtlinie geht. 0 schaltet Wiederholungen ab.</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Wait before the first retry, e.g. 500ms or 2s.</source>
        <translation>Wartezeit vor der ersten Wiederholung, z. B. 500ms oder 2s.</translation>
    </message>
    <message>
        <source>Backoff strategy</source>
        <translation>Wartestrategie</translation>
    </message>
    <message>
        <source>exponential doubles the wait after every failed attempt; fixed waits the same each time.</source>
        <translation>exponential verdoppelt die Wartezeit nach jedem fehlgeschlagenen Versuch; fixed wartet jedes Mal gleich lang.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Longest time one call may take before it counts as failed.</source>
        <translation>Längste Zeit, die ein Aufruf dauern darf, bevor er als fehlgeschlagen gilt.</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>Calls running at the same time. Higher values raise throughput but also the load and rate-limit pressure on the endpoint.</source>
        <translation>Gleichzeitig laufende Aufrufe. Höhere Werte steigern den Durchsatz, aber auch die Last und den Druck auf die Ratenlimits des Endpunkts.</translation>
    </message>
    <message>
        <source>LLM classify</source>
        <translation>LLM-Klassifizierung</translation>
    </message>
    <message>
        <source>Asks a model to pick exactly one of the given labels for each record, e.g. for moderation or triage; route on the label afterwards.</source>
        <translation>Lässt ein Modell für jeden Datensatz genau eine der angegebenen Bezeichnungen wählen, z. B. für Moderation oder Triage; danach nach der Bezeichnung verteilen.</translation>
    </message>
    <message>
        <source>The input records with the chosen label added.</source>
        <translation>Die Eingabedatensätze mit hinzugefügter gewählter Bezeichnung.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>The text to classify, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Der zu klassifizierende Text, aus dem Datensatz gebildet: z. B. &quot;{{text}}&quot;. Vertrauliche Felder müssen vorher maskiert werden.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <source>The possible labels (at least two), each with a description that tells the model when it applies.</source>
        <translation>Die möglichen Bezeichnungen (mindestens zwei), jede mit einer Beschreibung, die dem Modell sagt, wann sie zutrifft.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>The value stored in the output field, e.g. toxic.</source>
        <translation>Der im Ausgabefeld gespeicherte Wert, z. B. toxic.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>When this label applies.</source>
        <translation>Wann diese Bezeichnung zutrifft.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Extra guidance for the model, e.g. how to treat ambiguous cases.</source>
        <translation>Zusätzliche Hinweise für das Modell, z. B. wie mit mehrdeutigen Fällen umzugehen ist.</translation>
    </message>
    <message>
        <source>Field that receives the chosen label.</source>
        <translation>Feld, das die gewählte Bezeichnung aufnimmt.</translation>
    </message>
    <message>
        <source>LLM extract</source>
        <translation>LLM-Extraktion</translation>
    </message>
    <message>
        <source>Asks a model to extract typed fields from free text in each record, e.g. amounts, names or dates from a message.</source>
        <translation>Lässt ein Modell typisierte Felder aus dem Freitext jedes Datensatzes extrahieren, z. B. Beträge, Namen oder Daten aus einer Nachricht.</translation>
    </message>
    <message>
        <source>The input records with the extracted fields added.</source>
        <translation>Die Eingabedatensätze mit hinzugefügten extrahierten Feldern.</translation>
    </message>
    <message>
        <source>The text to extract from, built from the record: e.g. &quot;{{text}}&quot;. Sensitive fields must be masked first.</source>
        <translation>Der Text, aus dem extrahiert wird, aus dem Datensatz gebildet: z. B. &quot;{{text}}&quot;. Vertrauliche Felder müssen vorher maskiert werden.</translation>
    </message>
    <message>
        <source>The fields to extract, with their types; a value the model cannot find is NULL.</source>
        <translation>Die zu extrahierenden Felder mit ihren Typen; ein Wert, den das Modell nicht findet, ist NULL.</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Einbetten</translation>
    </message>
    <message>
        <source>Computes an embedding vector of a text per record, for vector search and real-time RAG.</source>
        <translation>Berechnet pro Datensatz einen Embedding-Vektor eines Textes, für Vektorsuche und Echtzeit-RAG.</translation>
    </message>
    <message>
        <source>The input records with the embedding added.</source>
        <translation>Die Eingabedatensätze mit hinzugefügtem Embedding.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Expression giving the text to embed, e.g. description or CONCAT(title, &apos; &apos;, body). Sensitive fields must be masked first.</source>
        <translation>Ausdruck, der den einzubettenden Text liefert, z. B. description oder CONCAT(title, &apos; &apos;, body). Vertrauliche Felder müssen vorher maskiert werden.</translation>
    </message>
    <message>
        <source>Field that receives the vector (array of double).</source>
        <translation>Feld, das den Vektor aufnimmt (Array von double).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Texts sent per request.</source>
        <translation>Pro Anfrage gesendete Texte.</translation>
    </message>
    <message>
        <source>Kafka sink</source>
        <translation>Kafka-Senke</translation>
    </message>
    <message>
        <source>Produces every incoming record to a Kafka topic.</source>
        <translation>Produziert jeden eingehenden Datensatz in ein Kafka-Topic.</translation>
    </message>
    <message>
        <source>Records to produce; several steps may feed one sink.</source>
        <translation>Zu produzierende Datensätze; mehrere Schritte können eine Senke speisen.</translation>
    </message>
    <message>
        <source>Name of the Kafka topic to write, e.g. TempRangeAlert.</source>
        <translation>Name des zu schreibenden Kafka-Topics, z. B. TempRangeAlert.</translation>
    </message>
    <message>
        <source>json writes each record as a JSON object; string writes the record&apos;s value field as text; avro writes Confluent&apos;s Avro wire format with a schema made from the incoming fields, registered under the subject &lt;topic&gt;-value after a compatibility check.</source>
        <translation>json schreibt jeden Datensatz als JSON-Objekt; string schreibt das Feld value des Datensatzes als Text; avro schreibt das Avro-Wire-Format von Confluent mit einem aus den eingehenden Feldern gebildeten Schema, das nach einer Kompatibilitätsprüfung unter dem Subject &lt;topic&gt;-value registriert wird.</translation>
    </message>
    <message>
        <source>Name of the Schema Registry profile (URL and credentials reference) where the sink registers its Avro schema.</source>
        <translation>Name des Schema-Registry-Profils (URL und Referenz auf die Zugangsdaten), in dem die Senke ihr Avro-Schema registriert.</translation>
    </message>
    <message>
        <source>Expression giving the Kafka message key, e.g. device_id (records with the same key keep their order). Empty: the source record&apos;s key.</source>
        <translation>Ausdruck, der den Schlüssel der Kafka-Nachricht liefert, z. B. device_id (Datensätze mit gleichem Schlüssel behalten ihre Reihenfolge). Leer: der Schlüssel des Quelldatensatzes.</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>Writes records that failed a check (e.g. validate&apos;s invalid output) to a dead-letter topic with the reason, node id and original position in headers.</source>
        <translation>Schreibt Datensätze, die eine Prüfung nicht bestanden haben (z. B. den Ausgang invalid von Validieren), mit Grund, Knoten-ID und ursprünglicher Position in Headern in ein Dead-Letter-Topic.</translation>
    </message>
    <message>
        <source>Rejected records; several steps may feed one dead-letter sink.</source>
        <translation>Abgewiesene Datensätze; mehrere Schritte können eine Dead-Letter-Senke speisen.</translation>
    </message>
    <message>
        <source>Name of the dead-letter topic.</source>
        <translation>Name des Dead-Letter-Topics.</translation>
    </message>
    <message>
        <source>Database sink</source>
        <translation>Datenbank-Senke</translation>
    </message>
    <message>
        <source>Records to store; several steps may feed one sink.</source>
        <translation>Zu speichernde Datensätze; mehrere Schritte können eine Senke speisen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>Passwortvariable</translation>
    </message>
    <message>
        <source>Target table, e.g. readings or iot.readings.</source>
        <translation>Zieltabelle, z. B. readings oder iot.readings.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which field fills which column. Empty: every input field, with its name made a valid column name (lower case, letters, digits, underscores).</source>
        <translation>Welches Feld welche Spalte füllt. Leer: jedes Eingabefeld, sein Name zu einem gültigen Spaltennamen gemacht (Kleinbuchstaben, Buchstaben, Ziffern, Unterstriche).</translation>
    </message>
    <message>
        <source>Input field (a.b for nested fields; objects and arrays are stored as JSON).</source>
        <translation>Eingabefeld (a.b für verschachtelte Felder; Objekte und Arrays werden als JSON gespeichert).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Column name; empty: the field&apos;s last name segment, sanitised.</source>
        <translation>Spaltenname; leer: das letzte Namenssegment des Felds, bereinigt.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates the row with the same key, so records read again after a restart leave the table unchanged (idempotent).</source>
        <translation>insert fügt pro Datensatz eine Zeile hinzu; upsert fügt die Zeile mit demselben Schlüssel ein oder aktualisiert sie, sodass nach einem Neustart erneut gelesene Datensätze die Tabelle unverändert lassen (idempotent).</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Schlüsselspalten</translation>
    </message>
    <message>
        <source>Columns identifying a row (the primary key of a created table; required for upsert), e.g. device_id, ts.</source>
        <translation>Spalten, die eine Zeile identifizieren (der Primärschlüssel einer erstellten Tabelle; für upsert erforderlich), z. B. device_id, ts.</translation>
    </message>
    <message>
        <source>Create table</source>
        <translation>Tabelle erstellen</translation>
    </message>
    <message>
        <source>Create the table when it does not exist, with column types from the input fields.</source>
        <translation>Die Tabelle erstellen, wenn sie nicht existiert, mit Spaltentypen aus den Eingabefeldern.</translation>
    </message>
    <message>
        <source>Rows written per transaction. Larger batches are faster; the source offsets of a batch are committed after it is.</source>
        <translation>Pro Transaktion geschriebene Zeilen. Größere Batches sind schneller; die Quell-Offsets eines Batches werden committet, nachdem er es ist.</translation>
    </message>
    <message>
        <source>Flush interval</source>
        <translation>Schreibintervall</translation>
    </message>
    <message>
        <source>Longest time a record waits for its batch to fill before the batch is written anyway.</source>
        <translation>Längste Zeit, die ein Datensatz auf das Füllen seines Batches wartet, bevor der Batch trotzdem geschrieben wird.</translation>
    </message>
    <message>
        <source>How often a batch that failed transiently (connection lost, deadlock, database busy) is retried before its records go to the error policy.</source>
        <translation>Wie oft ein vorübergehend fehlgeschlagener Batch (Verbindung verloren, Deadlock, Datenbank ausgelastet) wiederholt wird, bevor seine Datensätze an die Fehlerrichtlinie gehen.</translation>
    </message>
    <message>
        <source>Wait before the first retry; doubles after every failed attempt.</source>
        <translation>Wartezeit vor der ersten Wiederholung; verdoppelt sich nach jedem fehlgeschlagenen Versuch.</translation>
    </message>
    <message>
        <source>Export topic</source>
        <translation>Export-Topic</translation>
    </message>
    <message>
        <source>SQL export: the topic the script writes for the Kafka Connect JDBC sink connector to read. Empty: the table name.</source>
        <translation>SQL-Export: das Topic, das das Skript für den Kafka Connect JDBC Sink Connector schreibt. Leer: der Tabellenname.</translation>
    </message>
    <message>
        <source>Vector upsert</source>
        <translation>Vektor-Upsert</translation>
    </message>
    <message>
        <source>Stores each record&apos;s embedding (from an embed step) under its id in an embedded vector index with a text and metadata, for retrieval by vector-retrieve. An existing id is replaced. The index is saved to a file, so it survives restarts.</source>
        <translation>Speichert das Embedding jedes Datensatzes (aus einem Einbetten-Schritt) unter seiner ID mit Text und Metadaten in einem eingebetteten Vektorindex, zum Abruf durch vector-retrieve. Eine vorhandene ID wird ersetzt. Der Index wird in einer Datei gespeichert und übersteht so Neustarts.</translation>
    </message>
    <message>
        <source>Records with an embedding and an id.</source>
        <translation>Datensätze mit einem Embedding und einer ID.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Name of the vector index, e.g. flights. Nodes of one pipeline that name the same index share it (upsert and retrieve in one run).</source>
        <translation>Name des Vektorindex, z. B. flights. Knoten einer Pipeline, die denselben Index nennen, teilen ihn (Upsert und Abruf in einem Lauf).</translation>
    </message>
    <message>
        <source>Index file</source>
        <translation>Indexdatei</translation>
    </message>
    <message>
        <source>File the index is loaded from at start and saved to (a sidecar beside the HNSW graph file). Empty: vector-indexes/&lt;index&gt;.vindex in the working directory.</source>
        <translation>Datei, aus der der Index beim Start geladen und in die er gespeichert wird (eine Begleitdatei neben der HNSW-Graphdatei). Leer: vector-indexes/&lt;index&gt;.vindex im Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expression giving the entry&apos;s id, e.g. flight_id; a record with an id already in the index replaces that entry.</source>
        <translation>Ausdruck, der die ID des Eintrags liefert, z. B. flight_id; ein Datensatz mit einer bereits im Index vorhandenen ID ersetzt diesen Eintrag.</translation>
    </message>
    <message>
        <source>Embedding field</source>
        <translation>Embedding-Feld</translation>
    </message>
    <message>
        <source>Field holding the vector (array of numbers), e.g. the embed step&apos;s output field.</source>
        <translation>Feld mit dem Vektor (Array von Zahlen), z. B. das Ausgabefeld des Einbetten-Schritts.</translation>
    </message>
    <message>
        <source>Expression giving the text stored with the entry and handed to retrieval results, e.g. CONCAT(flight_id, &apos; &apos;, status).</source>
        <translation>Ausdruck, der den mit dem Eintrag gespeicherten und an Abrufergebnisse übergebenen Text liefert, z. B. CONCAT(flight_id, &apos; &apos;, status).</translation>
    </message>
    <message>
        <source>Metadata fields</source>
        <translation>Metadatenfelder</translation>
    </message>
    <message>
        <source>Fields stored with the entry and returned with each retrieval hit, e.g. departure, gate.</source>
        <translation>Felder, die mit dem Eintrag gespeichert und mit jedem Treffer zurückgegeben werden, z. B. departure, gate.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Length of the vectors. 0: taken from the index file or the first vector. A vector of another length is an error for that record.</source>
        <translation>Länge der Vektoren. 0: aus der Indexdatei oder dem ersten Vektor übernommen. Ein Vektor anderer Länge ist für diesen Datensatz ein Fehler.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>HNSW links per vector: higher improves recall and costs memory and insert time.</source>
        <translation>HNSW-Verknüpfungen pro Vektor: Höhere Werte verbessern die Trefferquote und kosten Speicher und Einfügezeit.</translation>
    </message>
    <message>
        <source>ef construction</source>
        <translation>ef construction</translation>
    </message>
    <message>
        <source>ef search</source>
        <translation>ef search</translation>
    </message>
    <message>
        <source>Save interval</source>
        <translation>Speicherintervall</translation>
    </message>
    <message>
        <source>Vector retrieve</source>
        <translation>Vektorabruf</translation>
    </message>
    <message>
        <source>Embeds a query text per record and adds the k most similar index entries (cosine) as context, e.g. for an llm-prompt step that answers with retrieved facts (RAG).</source>
        <translation>Bettet pro Datensatz einen Abfragetext ein und fügt die k ähnlichsten Indexeinträge (Kosinus) als Kontext hinzu, z. B. für einen LLM-Prompt-Schritt, der mit abgerufenen Fakten antwortet (RAG).</translation>
    </message>
    <message>
        <source>Records with a query text.</source>
        <translation>Datensätze mit einem Abfragetext.</translation>
    </message>
    <message>
        <source>The input records with the retrieved context added.</source>
        <translation>Die Eingabedatensätze mit hinzugefügtem abgerufenem Kontext.</translation>
    </message>
    <message>
        <source>Embedding model; must be the one that embedded the indexed records.</source>
        <translation>Embedding-Modell; muss dasjenige sein, das die indizierten Datensätze eingebettet hat.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Expression giving the text to search for, e.g. question. Sensitive fields must be masked first.</source>
        <translation>Ausdruck, der den zu suchenden Text liefert, z. B. question. Vertrauliche Felder müssen vorher maskiert werden.</translation>
    </message>
    <message>
        <source>Results (k)</source>
        <translation>Ergebnisse (k)</translation>
    </message>
    <message>
        <source>How many nearest entries to add.</source>
        <translation>Wie viele nächste Einträge hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Mindestwert</translation>
    </message>
    <message>
        <source>Entries less similar than this cosine similarity (-1 to 1) are left out.</source>
        <translation>Einträge mit geringerer Kosinus-Ähnlichkeit als dieser (-1 bis 1) werden ausgelassen.</translation>
    </message>
    <message>
        <source>Field that receives the hits: an array of {id, score, text, metadata}, best first.</source>
        <translation>Feld, das die Treffer aufnimmt: ein Array von {id, score, text, metadata}, bester zuerst.</translation>
    </message>
    <message>
        <source>Context text field</source>
        <translation>Kontexttextfeld</translation>
    </message>
    <message>
        <source>Field that receives the hits rendered as numbered lines of text, for a prompt template&apos;s {{field}}. Empty: not added.</source>
        <translation>Feld, das die Treffer als nummerierte Textzeilen aufnimmt, für {{field}} in einer Prompt-Vorlage. Leer: nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Queries embedded per request.</source>
        <translation>Pro Anfrage eingebettete Abfragen.</translation>
    </message>
    <message>
        <source>HNSW candidate list while inserting: higher builds a better graph, more slowly (40 inserts about three times as fast as 100; with efSearch 128, recall@10 is about 0.98 at 100,000 vectors).</source>
        <translation>HNSW-Kandidatenliste beim Einfügen: Höhere Werte bauen einen besseren Graphen, langsamer (40 fügt etwa dreimal so schnell ein wie 100; mit efSearch 128 liegt recall@10 bei 100.000 Vektoren bei etwa 0,98).</translation>
    </message>
    <message>
        <source>HNSW candidate list while searching (at least k): higher improves recall, costs latency (128: recall@10 about 0.98 at 100,000 vectors, under a millisecond per search).</source>
        <translation>HNSW-Kandidatenliste bei der Suche (mindestens k): Höhere Werte verbessern die Trefferquote, kosten Latenz (128: recall@10 etwa 0,98 bei 100.000 Vektoren, unter einer Millisekunde pro Suche).</translation>
    </message>
    <message>
        <source>How often the index is saved (a large index, whose save takes longer, at most a tenth of the time); source offsets are committed only after the save that contains their records.</source>
        <translation>Wie oft der Index gespeichert wird (ein großer Index, dessen Speichern länger dauert, höchstens ein Zehntel der Zeit); Quell-Offsets werden erst nach der Speicherung committet, die ihre Datensätze enthält.</translation>
    </message>
    <message>
        <source>keeps its windows in memory, outside the Kafka transaction: the offsets of messages in an open window cannot be committed, and after a crash a window would be rebuilt from part of its messages; use at-least-once, or export to Flink SQL or ksqlDB, which checkpoint window state</source>
        <translation>hält seine Fenster im Arbeitsspeicher, außerhalb der Kafka-Transaktion: Die Offsets von Nachrichten in einem offenen Fenster können nicht committet werden, und nach einem Absturz würde ein Fenster nur aus einem Teil seiner Nachrichten neu aufgebaut; at-least-once verwenden oder nach Flink SQL oder ksqlDB exportieren, die den Fensterzustand per Checkpoint sichern</translation>
    </message>
    <message>
        <source>remembers the keys it has seen in memory, outside the Kafka transaction: after a crash the replayed messages would find the memory empty; use at-least-once, or export to Flink SQL or ksqlDB</source>
        <translation>merkt sich gesehene Schlüssel im Arbeitsspeicher, außerhalb der Kafka-Transaktion: Nach einem Absturz fänden die erneut abgespielten Nachrichten einen leeren Speicher vor; at-least-once verwenden oder nach Flink SQL oder ksqlDB exportieren</translation>
    </message>
    <message>
        <source>calls the model outside the Kafka transaction: after a crash the messages of the aborted transaction are processed again and the model is asked again (answers may differ) unless the run keeps an answer cache (--llm-cache)</source>
        <translation>ruft das Modell außerhalb der Kafka-Transaktion auf: Nach einem Absturz werden die Nachrichten der abgebrochenen Transaktion erneut verarbeitet und das Modell erneut befragt (Antworten können abweichen), sofern der Lauf keinen Antwort-Cache führt (--llm-cache)</translation>
    </message>
    <message>
        <source>calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the replayed messages again unless the run keeps an answer cache (--llm-cache)</source>
        <translation>ruft den Embedding-Endpunkt außerhalb der Kafka-Transaktion auf: Nach einem Absturz werden die erneut abgespielten Nachrichten noch einmal eingebettet, sofern der Lauf keinen Antwort-Cache führt (--llm-cache)</translation>
    </message>
    <message>
        <source>Writes every incoming record as a row of a PostgreSQL, MySQL/MariaDB or SQLite table (insert, or upsert by key), in batches of one transaction each; source offsets are committed only after the batch is committed.</source>
        <translation>Schreibt jeden eingehenden Datensatz als Zeile einer PostgreSQL-, MySQL/MariaDB- oder SQLite-Tabelle (Insert oder Upsert nach Schlüssel), in Batches mit je einer Transaktion; Quell-Offsets werden erst committet, nachdem der Batch committet wurde.</translation>
    </message>
    <message>
        <source>writes rows in a database transaction of its own, which cannot commit together with the Kafka transaction: after a crash the rows would be written again; use at-least-once (upserts make the repeats harmless) or a Kafka sink read by a Kafka Connect JDBC sink</source>
        <translation>schreibt Zeilen in einer eigenen Datenbanktransaktion, die nicht zusammen mit der Kafka-Transaktion committet werden kann: Nach einem Absturz würden die Zeilen erneut geschrieben; at-least-once verwenden (Upserts machen die Wiederholungen harmlos) oder einen Kafka-Sink, der von einem Kafka-Connect-JDBC-Sink gelesen wird</translation>
    </message>
    <message>
        <source>postgresql (libpq), mysql (MySQL or MariaDB, through MariaDB Connector/C) or sqlite (a local database file).</source>
        <translation>postgresql (libpq), mysql (MySQL oder MariaDB, über MariaDB Connector/C) oder sqlite (eine lokale Datenbankdatei).</translation>
    </message>
    <message>
        <source>PostgreSQL: a connection profile name, a conninfo (host=db port=5432 dbname=iot user=app) or a URI (postgresql://app@db/iot); MySQL: a connection profile name or a URI (mysql://app@db:3306/iot); SQLite: the database file path. Never a password: name its environment variable in Password variable.</source>
        <translation>PostgreSQL: ein Verbindungsprofilname, ein conninfo (host=db port=5432 dbname=iot user=app) oder eine URI (postgresql://app@db/iot); MySQL: ein Verbindungsprofilname oder eine URI (mysql://app@db:3306/iot); SQLite: der Pfad der Datenbankdatei. Niemals ein Passwort: dessen Umgebungsvariable unter Passwortvariable angeben.</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the database password, e.g. PGPASSWORD_IOT. Empty: no password (PostgreSQL: trust, peer or .pgpass).</source>
        <translation>Name der Umgebungsvariable mit dem Datenbankpasswort, z. B. PGPASSWORD_IOT. Leer: kein Passwort (PostgreSQL: trust, peer oder .pgpass).</translation>
    </message>
    <message>
        <source>Connect source</source>
        <translation>Connect-Quelle</translation>
    </message>
    <message>
        <source>A Kafka Connect source connector (JDBC, or Debezium change data capture from Oracle, MySQL or PostgreSQL) running in your Connect cluster: the pipeline reads the topic the connector writes, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Ein Kafka-Connect-Source-Connector (JDBC oder Debezium Change Data Capture aus Oracle, MySQL oder PostgreSQL), der in Ihrem Connect-Cluster läuft: Die Pipeline liest das Topic, das der Connector schreibt, und der Export schreibt die Connector-Konfiguration neben das SQL.</translation>
    </message>
    <message>
        <source>The connector&apos;s records: Debezium change events or rows.</source>
        <translation>Die Datensätze des Connectors: Debezium-Änderungsereignisse oder Zeilen.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Which connector captures the table: debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — JDBC source (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</source>
        <translation>Welcher Connector die Tabelle erfasst: debezium-oracle — Debezium Oracle CDC (io.debezium.connector.oracle.OracleConnector). debezium-mysql — Debezium MySQL CDC (io.debezium.connector.mysql.MySqlConnector). debezium-postgresql — Debezium PostgreSQL CDC (io.debezium.connector.postgresql.PostgresConnector). jdbc — JDBC-Quelle (Confluent) (io.confluent.connect.jdbc.JdbcSourceConnector).</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Connector-Name</translation>
    </message>
    <message>
        <source>The connector&apos;s name in the Connect cluster (the REST API&apos;s /connectors/{name}). Empty: &lt;pipeline name&gt;-&lt;node id&gt;.</source>
        <translation>Name des Connectors im Connect-Cluster (/connectors/{name} der REST-API). Leer: &lt;Pipeline-Name&gt;-&lt;Knoten-ID&gt;.</translation>
    </message>
    <message>
        <source>Topic prefix</source>
        <translation>Topic-Präfix</translation>
    </message>
    <message>
        <source>The connector&apos;s topic.prefix. Debezium writes &lt;prefix&gt;.&lt;schema&gt;.&lt;table&gt;, the JDBC source &lt;prefix&gt;&lt;table&gt;.</source>
        <translation>topic.prefix des Connectors. Debezium schreibt &lt;Präfix&gt;.&lt;Schema&gt;.&lt;Tabelle&gt;, die JDBC-Quelle &lt;Präfix&gt;&lt;Tabelle&gt;.</translation>
    </message>
    <message>
        <source>The table&apos;s schema (Oracle: the owner, e.g. SALES; PostgreSQL: e.g. public; MySQL: the database), as the database spells it. Part of the Debezium topic name.</source>
        <translation>Schema der Tabelle (Oracle: der Eigentümer, z. B. SALES; PostgreSQL: z. B. public; MySQL: die Datenbank), so geschrieben wie in der Datenbank. Teil des Debezium-Topic-Namens.</translation>
    </message>
    <message>
        <source>The captured table, as the database spells it (Oracle: upper case, e.g. CUSTOMER).</source>
        <translation>Die erfasste Tabelle, so geschrieben wie in der Datenbank (Oracle: Großbuchstaben, z. B. CUSTOMER).</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the connector writes them (name, type, sensitive). Debezium keeps the database&apos;s spelling; timestamps arrive as epoch milliseconds.</source>
        <translation>Die Tabellenspalten, wie der Connector sie schreibt (Name, Typ, sensibel). Debezium behält die Schreibweise der Datenbank bei; Zeitstempel kommen als Epoch-Millisekunden an.</translation>
    </message>
    <message>
        <source>Rows only (unwrap)</source>
        <translation>Nur Zeilen (unwrap)</translation>
    </message>
    <message>
        <source>Apply Debezium&apos;s ExtractNewRecordState transform: each record is the row after the change instead of the change event envelope (before, after, source, op, ts_ms); deletes are dropped.</source>
        <translation>Debeziums ExtractNewRecordState-Transformation anwenden: Jeder Datensatz ist die Zeile nach der Änderung statt des Change-Event-Umschlags (before, after, source, op, ts_ms); Löschungen werden verworfen.</translation>
    </message>
    <message>
        <source>Change event fields the unwrap transform adds to each row with a __ prefix (its add.fields), e.g. op gives __op (c insert, u update, r snapshot read), source.ts_ms gives __source_ts_ms.</source>
        <translation>Change-Event-Felder, die die unwrap-Transformation jeder Zeile mit dem Präfix __ hinzufügt (ihre add.fields), z. B. ergibt op __op (c Einfügen, u Aktualisieren, r Snapshot-Lesen), source.ts_ms ergibt __source_ts_ms.</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>Host name or address of the database server, as the Connect worker reaches it. (database.hostname)</source>
        <translation>Hostname oder Adresse des Datenbankservers, wie der Connect-Worker ihn erreicht. (database.hostname)</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>TCP port of the database server. (database.port) Default: the connector&apos;s own for the chosen template. Default: the connector&apos;s own for the chosen template.</source>
        <translation>TCP-Port des Datenbankservers. (database.port) Standard: der des Connectors für die gewählte Vorlage. Standard: der des Connectors für die gewählte Vorlage.</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>The user the connector logs in as; it needs the database&apos;s CDC privileges. (database.user)</source>
        <translation>Der Benutzer, mit dem sich der Connector anmeldet; er benötigt die CDC-Berechtigungen der Datenbank. (database.user)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (database.password)</source>
        <translation>Verweis auf das Passwort, nie das Passwort selbst: env:NAME (eine Umgebungsvariable des Connect-Workers und von Pipewright) oder keychain:NAME. (database.password)</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>The database (the container database, CDB, with a pluggable database) to capture. (database.dbname)</source>
        <translation>Die zu erfassende Datenbank (die Container-Datenbank, CDB, mit einer Pluggable Database). (database.dbname)</translation>
    </message>
    <message>
        <source>Pluggable database</source>
        <translation>Pluggable Database</translation>
    </message>
    <message>
        <source>Name of the pluggable database (PDB) holding the table; empty for a non-CDB installation. (database.pdb.name)</source>
        <translation>Name der Pluggable Database (PDB), die die Tabelle enthält; leer bei einer Nicht-CDB-Installation. (database.pdb.name)</translation>
    </message>
    <message>
        <source>Schema history brokers</source>
        <translation>Broker für Schema-Historie</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers where the connector keeps the history of the database&apos;s DDL. (schema.history.internal.kafka.bootstrap.servers)</source>
        <translation>Kafka-Bootstrap-Server, auf denen der Connector die Historie der DDL der Datenbank speichert. (schema.history.internal.kafka.bootstrap.servers)</translation>
    </message>
    <message>
        <source>Schema history topic</source>
        <translation>Topic der Schema-Historie</translation>
    </message>
    <message>
        <source>Topic of the DDL history, one per connector. Empty: &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</source>
        <translation>Topic der DDL-Historie, eines pro Connector. Leer: &lt;connector name&gt;.schema-history. (schema.history.internal.kafka.topic)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>Snapshot-Modus</translation>
    </message>
    <message>
        <source>initial: read the table&apos;s current rows (op r), then stream changes; initial_only: only the rows; no_data: only changes from now on; when_needed: snapshot again when the log position is lost. (snapshot.mode)</source>
        <translation>initial: aktuelle Zeilen der Tabelle lesen (op r), dann Änderungen streamen; initial_only: nur die Zeilen; no_data: nur Änderungen ab jetzt; when_needed: erneuter Snapshot, wenn die Log-Position verloren geht. (snapshot.mode)</translation>
    </message>
    <message>
        <source>Decimal handling</source>
        <translation>Dezimalbehandlung</translation>
    </message>
    <message>
        <source>How NUMBER/DECIMAL columns are written: precise as encoded bytes (not readable as JSON numbers), double as numbers, string as text. Choose double for columns declared double. (decimal.handling.mode)</source>
        <translation>Wie NUMBER/DECIMAL-Spalten geschrieben werden: precise als kodierte Bytes (nicht als JSON-Zahlen lesbar), double als Zahlen, string als Text. Für als double deklarierte Spalten double wählen. (decimal.handling.mode)</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <source>A numeric id, unique among the MySQL server&apos;s replication clients, the connector joins with. (database.server.id)</source>
        <translation>Eine numerische ID, eindeutig unter den Replikations-Clients des MySQL-Servers, mit der sich der Connector anmeldet. (database.server.id)</translation>
    </message>
    <message>
        <source>Decoding plugin</source>
        <translation>Decoding-Plugin</translation>
    </message>
    <message>
        <source>Logical decoding plugin; pgoutput is built into PostgreSQL 10 and later. (plugin.name)</source>
        <translation>Plugin für logische Dekodierung; pgoutput ist ab PostgreSQL 10 integriert. (plugin.name)</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Replikationsslot</translation>
    </message>
    <message>
        <source>Name of the logical replication slot; unique per connector. (slot.name)</source>
        <translation>Name des logischen Replikationsslots; eindeutig pro Connector. (slot.name)</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>The pgoutput publication the connector reads. (publication.name)</source>
        <translation>Die pgoutput-Publikation, die der Connector liest. (publication.name)</translation>
    </message>
    <message>
        <source>JDBC URL</source>
        <translation>JDBC-URL</translation>
    </message>
    <message>
        <source>The database&apos;s JDBC URL without credentials, e.g. jdbc:postgresql://db:5432/shop. (connection.url)</source>
        <translation>Die JDBC-URL der Datenbank ohne Anmeldedaten, z. B. jdbc:postgresql://db:5432/shop. (connection.url)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database user name. (connection.user)</source>
        <translation>Name des Datenbankbenutzers. (connection.user)</translation>
    </message>
    <message>
        <source>Reference to the password, never the password: env:NAME (an environment variable of the Connect worker and of Pipewright) or keychain:NAME. (connection.password)</source>
        <translation>Verweis auf das Passwort, nie das Passwort selbst: env:NAME (eine Umgebungsvariable des Connect-Workers und von Pipewright) oder keychain:NAME. (connection.password)</translation>
    </message>
    <message>
        <source>Query mode</source>
        <translation>Abfragemodus</translation>
    </message>
    <message>
        <source>How new rows are found: bulk copies the whole table each poll; incrementing by a strictly growing column; timestamp by a modification time column; or both. (mode)</source>
        <translation>Wie neue Zeilen gefunden werden: bulk kopiert bei jeder Abfrage die ganze Tabelle; incrementing über eine streng wachsende Spalte; timestamp über eine Änderungszeitspalte; oder beides. (mode)</translation>
    </message>
    <message>
        <source>Incrementing column</source>
        <translation>Inkrementierende Spalte</translation>
    </message>
    <message>
        <source>Strictly increasing column (usually the primary key); required for the incrementing modes. (incrementing.column.name)</source>
        <translation>Streng wachsende Spalte (meist der Primärschlüssel); erforderlich für die incrementing-Modi. (incrementing.column.name)</translation>
    </message>
    <message>
        <source>Timestamp column</source>
        <translation>Zeitstempelspalte</translation>
    </message>
    <message>
        <source>Modification time column; required for the timestamp modes. (timestamp.column.name)</source>
        <translation>Spalte mit der Änderungszeit; erforderlich für die timestamp-Modi. (timestamp.column.name)</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>Abfrageintervall (ms)</translation>
    </message>
    <message>
        <source>How often the table is queried. (poll.interval.ms)</source>
        <translation>Wie oft die Tabelle abgefragt wird. (poll.interval.ms)</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Weitere Eigenschaften</translation>
    </message>
    <message>
        <source>Further connector properties, written into the exported configuration as they are. Secrets belong in the secret fields above, never here.</source>
        <translation>Weitere Connector-Eigenschaften, die unverändert in die exportierte Konfiguration geschrieben werden. Geheimnisse gehören in die Geheimnisfelder oben, nie hierher.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Connect property name, e.g. poll.interval.ms.</source>
        <translation>Name der Connect-Eigenschaft, z. B. poll.interval.ms.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Its value, as text.</source>
        <translation>Ihr Wert, als Text.</translation>
    </message>
    <message>
        <source>Connect sink</source>
        <translation>Connect-Sink</translation>
    </message>
    <message>
        <source>A Kafka Connect sink connector (Snowflake, Amazon S3, JDBC or MongoDB) running in your Connect cluster: the pipeline writes the topic the connector reads, and export writes the connector&apos;s configuration beside the SQL.</source>
        <translation>Ein Kafka Connect-Sink-Connector (Snowflake, Amazon S3, JDBC oder MongoDB) in Ihrem Connect-Cluster: Die Pipeline schreibt das Topic, das der Connector liest, und der Export schreibt die Konfiguration des Connectors neben das SQL.</translation>
    </message>
    <message>
        <source>Records for the connector; several steps may feed one sink.</source>
        <translation>Datensätze für den Connector; mehrere Schritte können einen Sink speisen.</translation>
    </message>
    <message>
        <source>Which connector moves the topic on: snowflake — Snowflake sink (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — Amazon S3 sink (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — JDBC sink (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — MongoDB sink (com.mongodb.kafka.connect.MongoSinkConnector).</source>
        <translation>Welcher Connector das Topic weiterleitet: snowflake — Snowflake-Sink (com.snowflake.kafka.connector.SnowflakeSinkConnector). s3 — Amazon S3-Sink (Confluent) (io.confluent.connect.s3.S3SinkConnector). jdbc — JDBC-Sink (Confluent) (io.confluent.connect.jdbc.JdbcSinkConnector). mongodb — MongoDB-Sink (com.mongodb.kafka.connect.MongoSinkConnector).</translation>
    </message>
    <message>
        <source>The topic the pipeline writes and the connector reads (its topics property).</source>
        <translation>Das Topic, das die Pipeline schreibt und der Connector liest (seine topics-Eigenschaft).</translation>
    </message>
    <message>
        <source>Destination table (Snowflake, JDBC) or collection (MongoDB).</source>
        <translation>Zieltabelle (Snowflake, JDBC) oder Collection (MongoDB).</translation>
    </message>
    <message>
        <source>json writes plain JSON objects (read with Connect&apos;s schemaless JSON converter); avro writes Confluent&apos;s Avro wire format registered in the Schema Registry, which the JDBC sink needs for its column types.</source>
        <translation>json schreibt einfache JSON-Objekte (zu lesen mit dem schemalosen JSON-Konverter von Connect); avro schreibt Confluents Avro-Wire-Format, registriert in der Schema Registry, das der JDBC-Sink für seine Spaltentypen benötigt.</translation>
    </message>
    <message>
        <source>Account URL</source>
        <translation>Konto-URL</translation>
    </message>
    <message>
        <source>The account&apos;s host and port, e.g. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</source>
        <translation>Host und Port des Kontos, z. B. myorg-account1.snowflakecomputing.com:443. (snowflake.url.name)</translation>
    </message>
    <message>
        <source>The Snowflake user with the connector&apos;s role and key pair. (snowflake.user.name)</source>
        <translation>Der Snowflake-Benutzer mit der Rolle und dem Schlüsselpaar des Connectors. (snowflake.user.name)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Reference to the user&apos;s private key (key pair authentication), never the key: env:NAME or keychain:NAME. (snowflake.private.key)</source>
        <translation>Verweis auf den privaten Schlüssel des Benutzers (Schlüsselpaar-Authentifizierung), nie der Schlüssel selbst: env:NAME oder keychain:NAME. (snowflake.private.key)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Reference to the passphrase of an encrypted private key; empty for an unencrypted key. (snowflake.private.key.passphrase)</source>
        <translation>Verweis auf die Passphrase eines verschlüsselten privaten Schlüssels; leer bei einem unverschlüsselten Schlüssel. (snowflake.private.key.passphrase)</translation>
    </message>
    <message>
        <source>The Snowflake database holding the table. (snowflake.database.name)</source>
        <translation>Die Snowflake-Datenbank, die die Tabelle enthält. (snowflake.database.name)</translation>
    </message>
    <message>
        <source>The schema holding the table, e.g. PUBLIC. (snowflake.schema.name)</source>
        <translation>Das Schema, das die Tabelle enthält, z. B. PUBLIC. (snowflake.schema.name)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role the connector uses; empty: the user&apos;s default role. (snowflake.role.name)</source>
        <translation>Rolle, die der Connector verwendet; leer: die Standardrolle des Benutzers. (snowflake.role.name)</translation>
    </message>
    <message>
        <source>Ingestion</source>
        <translation>Ingestion</translation>
    </message>
    <message>
        <source>SNOWPIPE stages files and loads them; SNOWPIPE_STREAMING inserts rows with lower latency. (snowflake.ingestion.method)</source>
        <translation>SNOWPIPE stellt Dateien bereit und lädt sie; SNOWPIPE_STREAMING fügt Zeilen mit geringerer Latenz ein. (snowflake.ingestion.method)</translation>
    </message>
    <message>
        <source>Buffer records</source>
        <translation>Datensätze puffern</translation>
    </message>
    <message>
        <source>Records buffered per partition before they are loaded. (buffer.count.records)</source>
        <translation>Pro Partition gepufferte Datensätze, bevor sie geladen werden. (buffer.count.records)</translation>
    </message>
    <message>
        <source>Buffer flush time (s)</source>
        <translation>Puffer-Leerungszeit (s)</translation>
    </message>
    <message>
        <source>Seconds between loads of a partition&apos;s buffer. (buffer.flush.time)</source>
        <translation>Sekunden zwischen Ladevorgängen des Puffers einer Partition. (buffer.flush.time)</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>The S3 bucket the objects are written to. (s3.bucket.name)</source>
        <translation>Der S3-Bucket, in den die Objekte geschrieben werden. (s3.bucket.name)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The bucket&apos;s AWS region. (s3.region)</source>
        <translation>Die AWS-Region des Buckets. (s3.region)</translation>
    </message>
    <message>
        <source>Records per object</source>
        <translation>Datensätze pro Objekt</translation>
    </message>
    <message>
        <source>Records written to one S3 object before it is committed. (flush.size)</source>
        <translation>In ein S3-Objekt geschriebene Datensätze, bevor es festgeschrieben wird. (flush.size)</translation>
    </message>
    <message>
        <source>Rotate interval (ms)</source>
        <translation>Rotationsintervall (ms)</translation>
    </message>
    <message>
        <source>Also commit an object after this much record time, so quiet partitions are written too. (rotate.interval.ms)</source>
        <translation>Ein Objekt auch nach so viel Datensatzzeit festschreiben, damit auch ruhige Partitionen geschrieben werden. (rotate.interval.ms)</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <source>Top-level folder of the objects in the bucket. (topics.dir)</source>
        <translation>Oberster Ordner der Objekte im Bucket. (topics.dir)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Reference to the AWS access key id; empty: the worker&apos;s default credentials (instance role). (aws.access.key.id)</source>
        <translation>Verweis auf die AWS-Zugriffsschlüssel-ID; leer: die Standard-Anmeldedaten des Workers (Instanzrolle). (aws.access.key.id)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Reference to the AWS secret access key. (aws.secret.access.key)</source>
        <translation>Verweis auf den geheimen AWS-Zugriffsschlüssel. (aws.secret.access.key)</translation>
    </message>
    <message>
        <source>Insert mode</source>
        <translation>Einfügemodus</translation>
    </message>
    <message>
        <source>insert adds a row per record; upsert inserts or updates by the key; update only updates. (insert.mode)</source>
        <translation>insert fügt pro Datensatz eine Zeile hinzu; upsert fügt nach Schlüssel ein oder aktualisiert; update aktualisiert nur. (insert.mode)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>Where the primary key columns come from: none, the Kafka key, or fields of the value. (pk.mode)</source>
        <translation>Woher die Primärschlüsselspalten stammen: none, der Kafka-Schlüssel oder Felder des Werts. (pk.mode)</translation>
    </message>
    <message>
        <source>Primary key columns (upsert and update need them). (pk.fields)</source>
        <translation>Primärschlüsselspalten (upsert und update benötigen sie). (pk.fields)</translation>
    </message>
    <message>
        <source>Create the table from the record schema when it does not exist. (auto.create)</source>
        <translation>Tabelle aus dem Datensatzschema erstellen, wenn sie nicht existiert. (auto.create)</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>Reference to the mongodb:// or mongodb+srv:// URI, which holds the credentials: env:NAME or keychain:NAME. (connection.uri)</source>
        <translation>Verweis auf die mongodb://- oder mongodb+srv://-URI, die die Anmeldedaten enthält: env:NAME oder keychain:NAME. (connection.uri)</translation>
    </message>
    <message>
        <source>The MongoDB database of the collection. (database)</source>
        <translation>Die MongoDB-Datenbank der Collection. (database)</translation>
    </message>
    <message>
        <source>Document id strategy</source>
        <translation>Strategie für Dokument-IDs</translation>
    </message>
    <message>
        <source>Class computing each document&apos;s _id, e.g. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; empty: a new ObjectId. (document.id.strategy)</source>
        <translation>Klasse, die die _id jedes Dokuments berechnet, z. B. com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; leer: eine neue ObjectId. (document.id.strategy)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Kafka event pipelines as node graphs.</source>
        <translation>Kafka-Event-Pipelines als Knotengraphen entwerfen.</translation>
    </message>
    <message>
        <source>Run against the embedded sandbox Kafka cluster.</source>
        <translation>Gegen den eingebetteten Sandbox-Kafka-Cluster ausführen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the first paint and exit.</source>
        <translation>Nach dem ersten Zeichnen ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Pipeline file to open.</source>
        <translation>Zu öffnende Pipeline-Datei.</translation>
    </message>
</context>
</TS>
