<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate of Completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Por la presente se certifica que</translation>
    </message>
    <message>
        <source>has successfully completed the course</source>
        <translation>ha completado con éxito el curso</translation>
    </message>
    <message>
        <source>as part of the %1 program</source>
        <translation>como parte del programa %1</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Emitido:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Healthcare Support System – Training &amp; Certification</source>
        <translation>Healthcare Support System – Formación y certificación</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificado %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>DeviceKeychain</name>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>el llavero no está disponible: %1</translation>
    </message>
    <message>
        <source>no QCoreApplication runs in this process</source>
        <translation>no se ejecuta ninguna QCoreApplication en este proceso</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no hubo respuesta a tiempo</translation>
    </message>
    <message>
        <source>refusing to store an empty key</source>
        <translation>no se guarda una clave vacía</translation>
    </message>
    <message>
        <source>no key is remembered for %1 on this device</source>
        <translation>no hay ninguna clave guardada para %1 en este dispositivo</translation>
    </message>
    <message>
        <source>out of locked memory</source>
        <translation>sin memoria bloqueada disponible</translation>
    </message>
</context>
<context>
    <name>FeedbackLabels</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>1 – Very dissatisfied</source>
        <translation>1 – Muy insatisfecho</translation>
    </message>
    <message>
        <source>2 – Dissatisfied</source>
        <translation>2 – Insatisfecho</translation>
    </message>
    <message>
        <source>3 – Neutral</source>
        <translation>3 – Neutral</translation>
    </message>
    <message>
        <source>4 – Satisfied</source>
        <translation>4 – Satisfecho</translation>
    </message>
    <message>
        <source>5 – Very satisfied</source>
        <translation>5 – Muy satisfecho</translation>
    </message>
    <message>
        <source>Positive (%1)</source>
        <translation>Positivo (%1)</translation>
    </message>
    <message>
        <source>Negative (%1)</source>
        <translation>Negativo (%1)</translation>
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
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Medical features</source>
        <translation>Funciones médicas</translation>
    </message>
    <message>
        <source>API integration</source>
        <translation>Integración de API</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <source>Best practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento normativo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>In medical review</source>
        <translation>En revisión médica</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Notas de la versión</translation>
    </message>
    <message>
        <source>Medical guideline</source>
        <translation>Guía clínica</translation>
    </message>
</context>
<context>
    <name>PinnedTls</name>
    <message>
        <source>No certificate authority is set for this server: choose the CA file your IT department gave you (it is the only one the console trusts).</source>
        <translation>No hay ninguna autoridad de certificación definida para este servidor: elija el archivo de CA que le entregó su departamento de TI (es el único en el que confía la consola).</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s CA certificate &quot;%1&quot;: %2</source>
        <translation>No se puede leer el certificado de CA del servidor «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>«%1» no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Server connection</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>The console cannot connect: %1

Start it with --server and --ca.</source>
        <translation>La consola no puede conectarse: %1

Iníciela con --server y --ca.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>No se puede acceder al servidor (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted or has expired, so the console will not send your password to it. Ask your administrator. Details: %1</source>
        <translation>El certificado del servidor no es de confianza o ha caducado, por lo que la consola no le enviará su contraseña. Consulte a su administrador. Detalles: %1</translation>
    </message>
    <message>
        <source>This account needs the current code of your authenticator app.</source>
        <translation>Esta cuenta necesita el código actual de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Wrong user name, password or authenticator code (or the account is disabled).</source>
        <translation>Nombre de usuario, contraseña o código de autenticación incorrectos (o la cuenta está desactivada).</translation>
    </message>
    <message>
        <source>Wrong user name or password (or the account is disabled).</source>
        <translation>Nombre de usuario o contraseña incorrectos (o la cuenta está desactivada).</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your administrator.</source>
        <translation>Esta cuenta se ha desactivado. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts: the account is locked for now. Try again in %1 seconds.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: la cuenta está bloqueada por ahora. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>The server has a problem (%1).</source>
        <translation>El servidor tiene un problema (%1).</translation>
    </message>
    <message>
        <source>Administrators need an authenticator app (TOTP); ask for the account to be set up again.</source>
        <translation>Los administradores necesitan una aplicación de autenticación (TOTP); solicite que se vuelva a configurar la cuenta.</translation>
    </message>
    <message>
        <source>The authenticator code is the 6 to 8 digits your app shows.</source>
        <translation>El código de autenticación son los 6 a 8 dígitos que muestra su aplicación.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>This device&apos;s key file is damaged or was changed: %1</source>
        <translation>El archivo de clave de este dispositivo está dañado o se ha modificado: %1</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>El almacén está bloqueado.</translation>
    </message>
    <message>
        <source>The store was re-encrypted but its new key could not be put in place; it will be on the next unlock.</source>
        <translation>El almacén se ha vuelto a cifrar, pero su nueva clave no se pudo guardar; se guardará en el próximo desbloqueo.</translation>
    </message>
</context>
<context>
    <name>ServerHealth</name>
    <message>
        <source>the server&apos;s health report is not JSON: %1</source>
        <translation>el informe de estado del servidor no es JSON: %1</translation>
    </message>
    <message>
        <source>the server&apos;s health report lacks status or version</source>
        <translation>al informe de estado del servidor le falta el estado o la versión</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Medical / clinical</source>
        <translation>Médica / clínica</translation>
    </message>
    <message>
        <source>Compliance / security</source>
        <translation>Cumplimiento / seguridad</translation>
    </message>
    <message>
        <source>Training / onboarding</source>
        <translation>Formación / incorporación</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En espera del cliente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Patient safety</source>
        <translation>Seguridad del paciente</translation>
    </message>
    <message>
        <source>System downtime</source>
        <translation>Caída del sistema</translation>
    </message>
    <message>
        <source>Data breach</source>
        <translation>Filtración de datos</translation>
    </message>
    <message>
        <source>Compliance violation</source>
        <translation>Incumplimiento normativo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>Correo del solicitante</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Medical case</source>
        <translation>Caso médico</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>Healthcare professional</source>
        <translation>Profesional sanitario</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Basic training and orientation</source>
        <translation>Formación básica y orientación</translation>
    </message>
    <message>
        <source>Medical workflows and features</source>
        <translation>Flujos de trabajo y funciones médicas</translation>
    </message>
    <message>
        <source>System management and configuration</source>
        <translation>Gestión y configuración del sistema</translation>
    </message>
    <message>
        <source>API integration and customization</source>
        <translation>Integración de API y personalización</translation>
    </message>
    <message>
        <source>Medical AI Certification</source>
        <translation>Certificación en IA médica</translation>
    </message>
    <message>
        <source>Data Security Specialist</source>
        <translation>Especialista en seguridad de datos</translation>
    </message>
    <message>
        <source>Platform Administrator</source>
        <translation>Administrador de la plataforma</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Responsable de cumplimiento</translation>
    </message>
    <message>
        <source>Healthcare AI best practices</source>
        <translation>Buenas prácticas de IA sanitaria</translation>
    </message>
    <message>
        <source>Advanced security training</source>
        <translation>Formación avanzada en seguridad</translation>
    </message>
    <message>
        <source>System administration</source>
        <translation>Administración del sistema</translation>
    </message>
    <message>
        <source>Regulatory compliance</source>
        <translation>Cumplimiento normativo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>WrappedKeyFile</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <source>out of (locked) memory</source>
        <translation>sin memoria (bloqueada) disponible</translation>
    </message>
    <message>
        <source>there is no wrapped-key file at %1</source>
        <translation>no hay ningún archivo de clave protegida en %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>could not make the wrapped-key file private</source>
        <translation>no se pudo hacer privado el archivo de clave protegida</translation>
    </message>
    <message>
        <source>a wrapped-key file already exists at %1</source>
        <translation>ya existe un archivo de clave protegida en %1</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>la contraseña está vacía</translation>
    </message>
    <message>
        <source>the KDF parameters are out of range</source>
        <translation>los parámetros de KDF están fuera de rango</translation>
    </message>
    <message>
        <source>the KEK must be 32 bytes</source>
        <translation>la KEK debe tener 32 bytes</translation>
    </message>
    <message>
        <source>the new password is empty</source>
        <translation>la nueva contraseña está vacía</translation>
    </message>
    <message>
        <source>the data key must be 32 bytes</source>
        <translation>la clave de datos debe tener 32 bytes</translation>
    </message>
    <message>
        <source>could not delete %1: %2</source>
        <translation>no se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>Argon2id failed (not enough memory?)</source>
        <translation>Argon2id falló (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>the password does not open the key, or the file belongs to another user or server</source>
        <translation>la contraseña no abre la clave, o el archivo pertenece a otro usuario o servidor</translation>
    </message>
    <message>
        <source>not a wrapped-key file (bad magic)</source>
        <translation>no es un archivo de clave protegida (firma incorrecta)</translation>
    </message>
    <message>
        <source>unsupported wrapped-key file version</source>
        <translation>versión de archivo de clave protegida no compatible</translation>
    </message>
    <message>
        <source>wrapped-key file has the wrong size</source>
        <translation>el archivo de clave protegida tiene un tamaño incorrecto</translation>
    </message>
    <message>
        <source>wrapped-key file checksum mismatch</source>
        <translation>la suma de comprobación del archivo de clave protegida no coincide</translation>
    </message>
    <message>
        <source>wrapped-key file has out-of-range KDF parameters</source>
        <translation>el archivo de clave protegida tiene parámetros de KDF fuera de rango</translation>
    </message>
</context>
<context>
    <name>hss::client::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2 · sync protocol %3&lt;/p&gt;&lt;p&gt;The support and success console for healthcare organisations that run AI applications: tickets with medical-emergency SLAs, knowledge base, training and feedback, working offline from an encrypted store.&lt;/p&gt;&lt;p&gt;Server: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5, running on Qt %6.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Versión %2 · protocolo de sincronización %3&lt;/p&gt;&lt;p&gt;La consola de soporte y éxito del cliente para organizaciones sanitarias que utilizan aplicaciones de IA: tickets con SLA para emergencias médicas, base de conocimientos, formación y opiniones, con trabajo sin conexión desde un almacén cifrado.&lt;/p&gt;&lt;p&gt;Servidor: %4&lt;/p&gt;&lt;p&gt;Compilado con Qt %5, ejecutándose en Qt %6.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateListWidget</name>
    <message>
        <source>&amp;Save certificate as PDF…</source>
        <translation>&amp;Guardar el certificado como PDF…</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mis certificados</translation>
    </message>
    <message>
        <source>No certificates yet: complete every module of a course to earn one.</source>
        <translation>Aún no tiene certificados: complete todos los módulos de un curso para obtener uno.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) due for renewal within %1 days.</source>
        <translation>
            <numerusform>%n certificado debe renovarse en los próximos %1 días.</numerusform>
            <numerusform>%n certificados deben renovarse en los próximos %1 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expired.</source>
        <translation>
            <numerusform>%n certificado caducado.</numerusform>
            <numerusform>%n certificados caducados.</numerusform>
        </translation>
    </message>
    <message>
        <source>certificate-%1.pdf</source>
        <translation>certificado-%1.pdf</translation>
    </message>
    <message>
        <source>Save certificate as PDF</source>
        <translation>Guardar el certificado como PDF</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar el certificado</translation>
    </message>
</context>
<context>
    <name>hss::client::CertificateTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message numerus="yes">
        <source>Renew: %n day(s) left</source>
        <translation>
            <numerusform>Renovar: queda %n día</numerusform>
            <numerusform>Renovar: quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>hss::client::ConnectionStatusLabel</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>&lt;b&gt;No server configured&lt;/b&gt;</source>
        <translation>&lt;b&gt;No hay ningún servidor configurado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; Online · %1</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;●&lt;/span&gt; En línea · %1</translation>
    </message>
    <message>
        <source>Last contact %1</source>
        <translation>Último contacto %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Offline since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;●&lt;/span&gt; Sin conexión desde %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ConsoleSession</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>The server settings are not usable: %1</source>
        <translation>La configuración del servidor no se puede usar: %1</translation>
    </message>
    <message>
        <source>Working offline needs one sign-in on this device while the server can be reached.</source>
        <translation>Para trabajar sin conexión, debe iniciar sesión una vez en este dispositivo mientras el servidor esté accesible.</translation>
    </message>
    <message>
        <source>Signed in, but this device&apos;s data was locked with an earlier password of yours. Ask your administrator to reset this device&apos;s data.</source>
        <translation>Sesión iniciada, pero los datos de este dispositivo se bloquearon con una contraseña anterior suya. Pida a su administrador que restablezca los datos de este dispositivo.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Working offline: %1 Your changes are kept on this device and sent when the server can be reached again.</source>
        <translation>Trabajando sin conexión: %1 Sus cambios se guardan en este dispositivo y se envían cuando el servidor vuelva a estar accesible.</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Lock the console and unlock it with your password to sign in again; your changes stay on this device.</source>
        <translation>Su sesión en el servidor ha finalizado. Bloquee la consola y desbloquéela con su contraseña para volver a iniciar sesión; sus cambios se conservan en este dispositivo.</translation>
    </message>
    <message>
        <source>This account has been disabled on the server. Its data on this device can no longer be opened.</source>
        <translation>Esta cuenta se ha desactivado en el servidor. Sus datos en este dispositivo ya no se pueden abrir.</translation>
    </message>
    <message>
        <source>The server answered but refused the sign-in: %1 You keep working offline; sign out and in again to sync.</source>
        <translation>El servidor respondió, pero rechazó el inicio de sesión: %1 Sigue trabajando sin conexión; cierre sesión y vuelva a iniciarla para sincronizar.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>No hay nadie con la sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>hss::client::CourseTableModel</name>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Itinerario de aprendizaje</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackDialog</name>
    <message>
        <source>Loading the ticket…</source>
        <translation>Cargando el ticket…</translation>
    </message>
    <message>
        <source>Ticket feedback</source>
        <translation>Opinión sobre el ticket</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Puntuación de satisfacción</translation>
    </message>
    <message>
        <source>Feedback category</source>
        <translation>Categoría de la opinión</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Comentario de la opinión</translation>
    </message>
    <message>
        <source>What went well, what could be better? (optional)</source>
        <translation>¿Qué salió bien y qué se podría mejorar? (opcional)</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfacción:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation>&amp;Enviar opinión</translation>
    </message>
    <message>
        <source>This ticket is not stored on this computer.</source>
        <translation>Este ticket no está guardado en este equipo.</translation>
    </message>
    <message>
        <source>Feedback can only be given on a ticket stored here.</source>
        <translation>Solo se puede dar una opinión sobre un ticket guardado aquí.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This ticket is not resolved yet. Feedback and a satisfaction score can only be given once a ticket is resolved or closed.</source>
        <translation>Este ticket aún no está resuelto. Solo se puede dar una opinión y una puntuación de satisfacción cuando el ticket esté resuelto o cerrado.</translation>
    </message>
    <message>
        <source>Please choose a satisfaction score from 1 to 5.</source>
        <translation>Elija una puntuación de satisfacción de 1 a 5.</translation>
    </message>
    <message>
        <source>feedback can only be given on a resolved or closed ticket.</source>
        <translation>solo se puede dar una opinión sobre un ticket resuelto o cerrado.</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>La opinión no se guardó: %1</translation>
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
        <translation>Ticket no guardado aquí</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>hss::client::FeedbackWidget</name>
    <message>
        <source>&amp;Give feedback…</source>
        <translation>&amp;Dar opinión…</translation>
    </message>
    <message>
        <source>Rate a resolved ticket</source>
        <translation>Valorar un ticket resuelto</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Resolved or closed ticket to rate</source>
        <translation>Ticket resuelto o cerrado que se va a valorar</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Opiniones recibidas</translation>
    </message>
    <message>
        <source>Feedback list</source>
        <translation>Lista de opiniones</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Todavía no hay opiniones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), none with a CSAT score.</source>
        <translation>
            <numerusform>%n entrada, ninguna con puntuación CSAT.</numerusform>
            <numerusform>%n entradas, ninguna con puntuación CSAT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies); average CSAT %1 of 5 from %2 score(s).</source>
        <translation>
            <numerusform>%n entrada; CSAT medio de %1 sobre 5 a partir de %2 puntuación(es).</numerusform>
            <numerusform>%n entradas; CSAT medio de %1 sobre 5 a partir de %2 puntuación(es).</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No resolved or closed tickets</source>
        <translation>No hay tickets resueltos ni cerrados</translation>
    </message>
</context>
<context>
    <name>hss::client::HomePage</name>
    <message>
        <source>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Agent console for support and medical staff: tickets with emergency SLAs, knowledge base, training and feedback.&lt;/p&gt;</source>
        <translation>&lt;h1 style=&apos;margin:0&apos;&gt;%1&lt;/h1&gt;&lt;p style=&apos;margin:0&apos;&gt;Consola de agentes para el personal de soporte y sanitario: tickets con SLA de emergencia, base de conocimientos, formación y opiniones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Versión del servidor:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Trusted certificate authority:</source>
        <translation>Autoridad de certificación de confianza:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Último contacto:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>&amp;Comprobar la conexión ahora</translation>
    </message>
    <message>
        <source>Check connection now</source>
        <translation>Comprobar la conexión ahora</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;Online&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;&lt;b&gt;En línea&lt;/b&gt;&lt;/span&gt; · TLS verificado</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;Online, degraded&lt;/b&gt;&lt;/span&gt; · TLS verified</source>
        <translation>&lt;span style=&apos;color:#9a6700&apos;&gt;&lt;b&gt;En línea, con funcionamiento limitado&lt;/b&gt;&lt;/span&gt; · TLS verificado</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Offline&lt;/b&gt;&lt;/span&gt; since %1</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Sin conexión&lt;/b&gt;&lt;/span&gt; desde %1</translation>
    </message>
    <message>
        <source>%1 (protocol %2)</source>
        <translation>%1 (protocolo %2)</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Seguridad de la conexión:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
</context>
<context>
    <name>hss::client::KbArticleReader</name>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Elija un artículo para leerlo aquí.</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace al vídeo</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Vote helpful</source>
        <translation>Votar «útil»</translation>
    </message>
    <message>
        <source>Vote not helpful</source>
        <translation>Votar «no útil»</translation>
    </message>
    <message>
        <source>Article and history</source>
        <translation>Artículo e historial</translation>
    </message>
    <message>
        <source>Was this article helpful?</source>
        <translation>¿Le ha resultado útil este artículo?</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3 · updated %4 · %5</source>
        <translation>%1 · %2 · versión %3 · actualizado %4 · %5</translation>
    </message>
    <message>
        <source>Video: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Vídeo: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Helpful (%1)</source>
        <translation>Útil (%1)</translation>
    </message>
    <message>
        <source>Not helpful (%1)</source>
        <translation>No útil (%1)</translation>
    </message>
    <message>
        <source>You have not voted.</source>
        <translation>Todavía no ha votado.</translation>
    </message>
    <message>
        <source>You found it helpful.</source>
        <translation>Le ha resultado útil.</translation>
    </message>
    <message>
        <source>You found it not helpful.</source>
        <translation>No le ha resultado útil.</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>Este artículo ya no está disponible.</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>Útil</translation>
    </message>
    <message>
        <source>Not helpful</source>
        <translation>No útil</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Voto no guardado</translation>
    </message>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>No se pudo guardar su voto: %1</translation>
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
            <numerusform>a %n le resultó útil</numerusform>
            <numerusform>a %n les resultó útil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not</source>
        <translation>
            <numerusform>a %n no le resultó útil</numerusform>
            <numerusform>a %n no les resultó útil</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Helpful / not</source>
        <translation>Útil / no útil</translation>
    </message>
</context>
<context>
    <name>hss::client::KbHistoryPanel</name>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Diferencias entre las versiones</translation>
    </message>
    <message>
        <source>Compare &amp;version</source>
        <translation>Comparar la &amp;versión</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;con</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Only one version is kept on this console: nothing to compare.</source>
        <translation>En esta consola solo se guarda una versión: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>These versions are not stored on this console.</source>
        <translation>Estas versiones no están guardadas en esta consola.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%2) → version %3 (%4): %n change(s)</source>
        <translation>
            <numerusform>Versión %1 (%2) → versión %3 (%4): %n cambio</numerusform>
            <numerusform>Versión %1 (%2) → versión %3 (%4): %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::KnowledgeBaseWidget</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Buscar en títulos y texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Buscar en la base de conocimientos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n artículo</numerusform>
            <numerusform>%1, %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The console will use the new language the next time you start it.</source>
        <translation>La consola usará el nuevo idioma la próxima vez que la inicie.</translation>
    </message>
</context>
<context>
    <name>hss::client::MainWindow</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Check connection now</source>
        <translation>&amp;Comprobar la conexión ahora</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de conocimientos</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>Fo&amp;rmación</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Opiniones</translation>
    </message>
    <message>
        <source>Workspace pages</source>
        <translation>Páginas del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>hss::client::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>Correo del solicitante</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Referencia del caso médico</translation>
    </message>
    <message>
        <source>What is the problem? (required)</source>
        <translation>¿Cuál es el problema? (obligatorio)</translation>
    </message>
    <message>
        <source>What happened, who is affected, since when…</source>
        <translation>Qué ha pasado, a quién afecta, desde cuándo…</translation>
    </message>
    <message>
        <source>optional, e.g. for phone tickets</source>
        <translation>opcional, p. ej. para tickets telefónicos</translation>
    </message>
    <message>
        <source>optional, e.g. MC-2026-00042</source>
        <translation>opcional, p. ej. MC-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Create ticket</source>
        <translation>C&amp;rear ticket</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>Soli&amp;citante:</translation>
    </message>
    <message>
        <source>Requester &amp;e-mail:</source>
        <translation>Corr&amp;eo del solicitante:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Caso &amp;médico:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <source>Enter who reported the problem (the requester&apos;s name).</source>
        <translation>Indique quién informó del problema (nombre del solicitante).</translation>
    </message>
    <message>
        <source>Cannot create the ticket</source>
        <translation>No se puede crear el ticket</translation>
    </message>
    <message>
        <source>Create an emergency ticket?</source>
        <translation>¿Crear un ticket de emergencia?</translation>
    </message>
    <message>
        <source>This ticket will be marked as a medical emergency and sent before every other change. Create it?</source>
        <translation>Este ticket se marcará como emergencia médica y se enviará antes que cualquier otro cambio. ¿Desea crearlo?</translation>
    </message>
</context>
<context>
    <name>hss::client::ServerConnection</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>La dirección del servidor debe empezar por https:// e indicar un host (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>El servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
</context>
<context>
    <name>hss::client::SignInDialog</name>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Código de autenticación:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with your support account. Without a connection to the server you can still work on this device&apos;s copy, if you signed in here before.</source>
        <translation>Inicie sesión con su cuenta de soporte. Sin conexión con el servidor, puede seguir trabajando con la copia de este dispositivo si ya inició sesión aquí antes.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaClocksWidget</name>
    <message>
        <source>SLA clocks</source>
        <translation>Relojes de SLA</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clock&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reloj&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remaining&lt;/b&gt;</source>
        <translation>&lt;b&gt;Restante&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vencimiento&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Escalation level: –</source>
        <translation>Nivel de escalado: –</translation>
    </message>
    <message>
        <source>No SLA report yet: the clocks appear once the server has seen this ticket.</source>
        <translation>Aún no hay informe de SLA: los relojes aparecerán cuando el servidor haya recibido este ticket.</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>Escalation level: %1</source>
        <translation>Nivel de escalado: %1</translation>
    </message>
    <message>
        <source>Estimated on this console until the server reports the clocks.</source>
        <translation>Estimado en esta consola hasta que el servidor informe de los relojes.</translation>
    </message>
</context>
<context>
    <name>hss::client::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given</source>
        <translation>No se proporcionó ninguna clave de cifrado</translation>
    </message>
    <message>
        <source>call setRawKey() with a 32-byte key first</source>
        <translation>llame primero a setRawKey() con una clave de 32 bytes</translation>
    </message>
    <message>
        <source>Cannot open the database file %1</source>
        <translation>No se puede abrir el archivo de base de datos %1</translation>
    </message>
    <message>
        <source>Cannot key the database</source>
        <translation>No se puede aplicar la clave a la base de datos</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>No se puede establecer el tamaño de página</translation>
    </message>
    <message>
        <source>The file is not a database of this user, or it is damaged</source>
        <translation>El archivo no es una base de datos de este usuario o está dañado</translation>
    </message>
    <message>
        <source>Cannot re-encrypt the database</source>
        <translation>No se puede volver a cifrar la base de datos</translation>
    </message>
    <message>
        <source>Cannot begin a transaction</source>
        <translation>No se puede iniciar la transacción</translation>
    </message>
    <message>
        <source>Cannot commit the transaction</source>
        <translation>No se puede confirmar la transacción</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction</source>
        <translation>No se puede revertir la transacción</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncApi</name>
    <message>
        <source>The server address must start with https:// and name a host (got &quot;%1&quot;).</source>
        <translation>La dirección del servidor debe empezar por https:// e indicar un host (se recibió «%1»).</translation>
    </message>
</context>
<context>
    <name>hss::client::SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Online, first sync running</source>
        <translation>En línea, primera sincronización en curso</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <source>Sign-in needed to sync</source>
        <translation>Es necesario iniciar sesión para sincronizar</translation>
    </message>
    <message>
        <source>Account disabled: sync stopped</source>
        <translation>Cuenta desactivada: sincronización detenida</translation>
    </message>
    <message>
        <source>all changes sent</source>
        <translation>todos los cambios enviados</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <source>1 change refused</source>
        <translation>1 cambio rechazado</translation>
    </message>
    <message>
        <source>%1 changes refused</source>
        <translation>%1 cambios rechazados</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflicto por revisar</translation>
    </message>
    <message>
        <source>%1 conflicts to review</source>
        <translation>%1 conflictos por revisar</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentTableModel</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketCommentsPanel</name>
    <message>
        <source>Pu&amp;blic reply</source>
        <translation>Respuesta pú&amp;blica</translation>
    </message>
    <message>
        <source>I&amp;nternal note</source>
        <translation>Nota i&amp;nterna</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Añadir &amp;comentario</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Write a reply or an internal note… (Ctrl+Return adds it)</source>
        <translation>Escriba una respuesta o una nota interna… (Ctrl+Return la añade)</translation>
    </message>
    <message>
        <source>Public reply, the requester sees it</source>
        <translation>Respuesta pública, visible para el solicitante</translation>
    </message>
    <message>
        <source>Internal note, staff only</source>
        <translation>Nota interna, solo para el personal</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketConflictsWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message numerus="yes">
        <source>Sync conflicts to review (%n)</source>
        <translation>
            <numerusform>Conflicto de sincronización por revisar (%n)</numerusform>
            <numerusform>Conflictos de sincronización por revisar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Server kept: %1</source>
        <translation>Conservado por el servidor: %1</translation>
    </message>
    <message>
        <source>Other edit: %1</source>
        <translation>Otra edición: %1</translation>
    </message>
    <message>
        <source>&amp;Keep server text</source>
        <translation>&amp;Mantener el texto del servidor</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Usar este texto</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value and mark the conflict reviewed</source>
        <translation>Mantener el valor del servidor y marcar el conflicto como revisado</translation>
    </message>
    <message>
        <source>Use the other edit and mark the conflict reviewed</source>
        <translation>Usar la otra edición y marcar el conflicto como revisado</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketEditorWidget</name>
    <message>
        <source>Created on this console (waiting to sync)</source>
        <translation>Creado en esta consola (pendiente de sincronizar)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>First response sent</source>
        <translation>Primera respuesta enviada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Changed here: %1 (waiting to sync)</source>
        <translation>Modificado aquí: %1 (pendiente de sincronizar)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Revertir los cambios</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Suggested knowledge-base articles</source>
        <translation>Artículos sugeridos de la base de conocimientos</translation>
    </message>
    <message>
        <source>This ticket is no longer in the local store.</source>
        <translation>Este ticket ya no está en el almacén local.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comentarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Suggested &amp;articles</source>
        <translation>&amp;Artículos sugeridos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>This ticket was changed elsewhere. Save keeps your edits of the fields you changed; Revert shows the new values.</source>
        <translation>Este ticket se ha modificado en otro lugar. «Guardar» conserva sus cambios en los campos que modificó; «Revertir» muestra los valores nuevos.</translation>
    </message>
    <message>
        <source>No matching articles.</source>
        <translation>No hay artículos coincidentes.</translation>
    </message>
    <message>
        <source>Suggested &amp;articles (%1)</source>
        <translation>&amp;Artículos sugeridos (%1)</translation>
    </message>
    <message>
        <source>Cannot save the ticket</source>
        <translation>No se puede guardar el ticket</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The ticket has changes that are not saved. Save them?</source>
        <translation>El ticket tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation>No se puede añadir el comentario</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketFieldsForm</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignárm&amp;elo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Requester name</source>
        <translation>Nombre del solicitante</translation>
    </message>
    <message>
        <source>Requester e-mail</source>
        <translation>Correo del solicitante</translation>
    </message>
    <message>
        <source>Assignee user id</source>
        <translation>ID de usuario de la persona asignada</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignármelo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Medical case reference</source>
        <translation>Referencia del caso médico</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <source>e.g. MC-2026-00042</source>
        <translation>p. ej. MC-2026-00042</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>Soli&amp;citante:</translation>
    </message>
    <message>
        <source>Re&amp;quester e-mail:</source>
        <translation>Co&amp;rreo del solicitante:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>Medical &amp;case:</source>
        <translation>Caso &amp;médico:</translation>
    </message>
    <message>
        <source>Escalation &amp;level:</source>
        <translation>Nive&amp;l de escalado:</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <source>The assignee must be a user id, or empty for nobody.</source>
        <translation>La persona asignada debe ser un ID de usuario, o quedar vacía si no hay nadie.</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueTableModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Emergencia médica</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>SLA remaining</source>
        <translation>Tiempo de SLA restante</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>con %1 de retraso</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketQueueWidget</name>
    <message>
        <source>Queue view</source>
        <translation>Vista de la cola</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mis tickets</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>Medical emergencies</source>
        <translation>Emergencias médicas</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>SLA a punto de incumplirse</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <source>Search title or number (Ctrl+F)</source>
        <translation>Buscar título o número (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtro de prioridad</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>a ticket not yet numbered</source>
        <translation>un ticket aún sin número</translation>
    </message>
    <message>
        <source>New medical emergency %1: %2</source>
        <translation>Nueva emergencia médica %1: %2</translation>
    </message>
    <message>
        <source>Medical emergency</source>
        <translation>Emergencia médica</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketTriagePanel</name>
    <message>
        <source>Use &amp;suggestion</source>
        <translation>Usar la &amp;sugerencia</translation>
    </message>
    <message>
        <source>Reasons for the suggestion</source>
        <translation>Motivos de la sugerencia</translation>
    </message>
    <message>
        <source>Use the suggested priority and category</source>
        <translation>Usar la prioridad y la categoría sugeridas</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; priority, category &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Sugerencia: prioridad &lt;b&gt;%1&lt;/b&gt;, categoría &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Medical emergency: %1.&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;Emergencia médica: %1.&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>%1 (negated, not counted)</source>
        <translation>%1 (negado, no contado)</translation>
    </message>
    <message numerus="yes">
        <source>%n more phrase(s) matching the same words, not counted again.</source>
        <translation>
            <numerusform>%n frase más que coincide con las mismas palabras, no se vuelve a contar.</numerusform>
            <numerusform>%n frases más que coinciden con las mismas palabras, no se vuelven a contar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No triage rule matched; the defaults apply.</source>
        <translation>Ninguna regla de triaje coincide; se aplican los valores predeterminados.</translation>
    </message>
    <message>
        <source>Type a title and a description to get a triage suggestion.</source>
        <translation>Escriba un título y una descripción para obtener una sugerencia de triaje.</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketWindows</name>
    <message numerus="yes">
        <source>%n ticket edit(s) could not be saved before the console locked: they were not valid.</source>
        <translation>
            <numerusform>%n cambio de ticket no se pudo guardar antes de que se bloqueara la consola: no era válido.</numerusform>
            <numerusform>%n cambios de ticket no se pudieron guardar antes de que se bloqueara la consola: no eran válidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingService</name>
    <message numerus="yes">
        <source>%n certificate(s) expire within %1 days: renew them on the Training page.</source>
        <translation>
            <numerusform>%n certificado caduca en los próximos %1 días: renuévelo en la página Formación.</numerusform>
            <numerusform>%n certificados caducan en los próximos %1 días: renuévelos en la página Formación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have expired.</source>
        <translation>
            <numerusform>%n certificado ha caducado.</numerusform>
            <numerusform>%n certificados han caducado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::TrainingWidget</name>
    <message>
        <source>&amp;Learning path:</source>
        <translation>&amp;Itinerario:</translation>
    </message>
    <message>
        <source>Learning path filter</source>
        <translation>Filtro de itinerario</translation>
    </message>
    <message>
        <source>All learning paths</source>
        <translation>Todos los itinerarios</translation>
    </message>
    <message>
        <source>My &amp;certificates</source>
        <translation>Mis &amp;certificados</translation>
    </message>
    <message>
        <source>Certification &amp;programs</source>
        <translation>&amp;Programas de certificación</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Catálogo de cursos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso del curso</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Módulos:</translation>
    </message>
    <message>
        <source>Modules of the course</source>
        <translation>Módulos del curso</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribirse</translation>
    </message>
    <message>
        <source>Mark module c&amp;omplete</source>
        <translation>Marcar el módulo como c&amp;ompletado</translation>
    </message>
    <message>
        <source>Certification programs</source>
        <translation>Programas de certificación</translation>
    </message>
    <message>
        <source>Every course in the catalogue</source>
        <translation>Todos los cursos del catálogo</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) in the catalogue</source>
        <translation>
            <numerusform>%n curso en el catálogo</numerusform>
            <numerusform>%n cursos en el catálogo</numerusform>
        </translation>
    </message>
    <message>
        <source>; you hold a valid certificate</source>
        <translation>; tiene un certificado válido</translation>
    </message>
    <message>
        <source>No courses on this path yet</source>
        <translation>Aún no hay cursos en este itinerario</translation>
    </message>
    <message>
        <source>Learning path: %1</source>
        <translation>Itinerario: %1</translation>
    </message>
    <message>
        <source>Counts towards: %1</source>
        <translation>Cuenta para: %1</translation>
    </message>
    <message numerus="yes">
        <source>Certificate valid %n month(s)</source>
        <translation>
            <numerusform>Certificado válido durante %n mes</numerusform>
            <numerusform>Certificado válido durante %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%p % complete</source>
        <translation>%p % completado</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>no completado</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscribirse</translation>
    </message>
    <message>
        <source>Could not enrol: %1</source>
        <translation>No se pudo realizar la inscripción: %1</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Could not record the module: %1</source>
        <translation>No se pudo registrar el módulo: %1</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Curso completado</translation>
    </message>
    <message>
        <source>You completed every module. Your certificate arrives with the next sync.</source>
        <translation>Ha completado todos los módulos. Su certificado llegará con la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>hss::client::UnlockDialog</name>
    <message>
        <source>Console locked</source>
        <translation>Consola bloqueada</translation>
    </message>
    <message>
        <source>The console is locked and this device&apos;s data is closed. Enter the password of %1 to continue.</source>
        <translation>La consola está bloqueada y los datos de este dispositivo están cerrados. Introduzca la contraseña de %1 para continuar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>hss::client::WorkspacePages</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Opiniones</translation>
    </message>
</context>
</TS>
