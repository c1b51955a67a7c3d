<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiCall</name>
    <message>
        <source>unexpected answer from the server: %1</source>
        <translation>respuesta inesperada del servidor: %1</translation>
    </message>
    <message>
        <source>not connected to the server</source>
        <translation>no hay conexión con el servidor</translation>
    </message>
</context>
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
    <name>DashboardFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 met, %3 running</source>
        <translation>%1 de %2 cumplidos, %3 en curso</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
    <message>
        <source>This console and the server speak different versions of the sync protocol (%1). Ask your administrator for the update; the work on this device is kept.</source>
        <translation>Esta consola y el servidor usan versiones distintas del protocolo de sincronización (%1). Pida la actualización a su administrador; el trabajo de este dispositivo se conserva.</translation>
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
    <name>SlaCalendarEditor</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
</context>
<context>
    <name>SystemHealthParser</name>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>&apos;%1&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>the health report has no status</source>
        <translation>al informe de estado le falta el estado</translation>
    </message>
    <message>
        <source>the health report lists no services</source>
        <translation>el informe de estado no incluye ningún servicio</translation>
    </message>
    <message>
        <source>the health report&apos;s entry for &apos;%1&apos; is not an object</source>
        <translation>la entrada del informe de estado para &apos;%1&apos; no es un objeto</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation>servicio &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the health history has no list of checks</source>
        <translation>al historial de estado le falta la lista de comprobaciones</translation>
    </message>
    <message>
        <source>a check in the health history has a bad time: %1</source>
        <translation>una comprobación del historial de estado tiene una hora no válida: %1</translation>
    </message>
    <message>
        <source>a check in the health history lacks its service or time</source>
        <translation>a una comprobación del historial de estado le falta el servicio o la hora</translation>
    </message>
    <message>
        <source>the incident list has no items</source>
        <translation>la lista de incidentes no tiene elementos</translation>
    </message>
    <message>
        <source>an incident has a bad time: %1</source>
        <translation>un incidente tiene una hora no válida: %1</translation>
    </message>
    <message>
        <source>an incident lacks its start time</source>
        <translation>a un incidente le falta la hora de inicio</translation>
    </message>
    <message>
        <source>the answer is not JSON (at byte %1)</source>
        <translation>la respuesta no es JSON (en el byte %1)</translation>
    </message>
    <message>
        <source>the health history has no list of buckets</source>
        <translation>al historial de estado le falta la lista de intervalos</translation>
    </message>
    <message>
        <source>a bucket of the health history has a bad start: %1</source>
        <translation>un intervalo del historial de estado tiene un inicio no válido: %1</translation>
    </message>
    <message>
        <source>a bucket of the health history lacks its service, start or count</source>
        <translation>a un intervalo del historial de estado le falta el servicio, el inicio o el recuento</translation>
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
    <name>hss-console</name>
    <message>
        <source>Agent console of the Healthcare Support System.</source>
        <translation>Consola de agentes del Healthcare Support System.</translation>
    </message>
    <message>
        <source>Server address (https://host:port); remembered.</source>
        <translation>Dirección del servidor (https://host:puerto); se recuerda.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>PEM file of the CA the server&apos;s certificate must chain to; remembered.</source>
        <translation>Archivo PEM de la CA a la que debe encadenarse el certificado del servidor; se recuerda.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Keep settings in this INI file instead of the user profile.</source>
        <translation>Guardar la configuración en este archivo INI en lugar del perfil de usuario.</translation>
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
    <name>hss::client::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Administration pages</source>
        <translation>Páginas de administración</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Estado de la página</translation>
    </message>
    <message>
        <source>Reload this page from the server</source>
        <translation>Recargar esta página desde el servidor</translation>
    </message>
    <message>
        <source>Offline: this page needs a connection to the server. What you typed stays here; save once the console is online again.</source>
        <translation>Sin conexión: esta página necesita una conexión con el servidor. Lo que ha escrito se conserva aquí; guarde cuando la consola vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>This page needs a connection to the server. It loads once the console is online.</source>
        <translation>Esta página necesita una conexión con el servidor. Se cargará cuando la consola esté en línea.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Cargando desde el servidor…</translation>
    </message>
    <message>
        <source>This page needs a connection to the server, which could not be reached (%1). What you typed stays here.</source>
        <translation>Esta página necesita una conexión con el servidor, al que no se ha podido acceder (%1). Lo que ha escrito se conserva aquí.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing (%1). Reload their version? Your changes on this page would be replaced.</source>
        <translation>Otra persona ha modificado esto mientras usted lo editaba (%1). ¿Desea recargar su versión? Sus cambios en esta página se reemplazarían.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modificado entretanto</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>El servidor rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The server refused: this needs the admin role (%1).</source>
        <translation>El servidor lo rechazó: se necesita el rol de administrador (%1).</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>El servidor respondió con un error: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::AdminUserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>hss::client::AdoptionTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Inicio (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Active professionals</source>
        <translation>Profesionales activos</translation>
    </message>
    <message>
        <source>Licensed professionals</source>
        <translation>Profesionales con licencia</translation>
    </message>
    <message>
        <source>Adoption (%)</source>
        <translation>Adopción (%)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneeListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Usuario desconocido %1</translation>
    </message>
    <message>
        <source>%1 (cannot be chosen again)</source>
        <translation>%1 (no se puede volver a elegir)</translation>
    </message>
</context>
<context>
    <name>hss::client::AssigneePicker</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignárm&amp;elo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Type part of a name or user name to find a person</source>
        <translation>Escriba parte de un nombre o de un nombre de usuario para buscar a una persona</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Asignármelo</translation>
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
    <name>hss::client::ChangePasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Before you can work, choose a new password that only you know. Enter the temporary password you were given as the current password. Cancelling signs you out.</source>
        <translation>Un administrador ha restablecido su contraseña. Antes de poder trabajar, elija una contraseña nueva que solo conozca usted. Introduzca como contraseña actual la contraseña temporal que se le entregó. Si cancela, se cerrará la sesión.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la contraseña nueva:</translation>
    </message>
    <message>
        <source>At least 12 characters.</source>
        <translation>Al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Ca&amp;mbiar contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the new password twice the same way.</source>
        <translation>Las dos contraseñas nuevas no coinciden. Escriba la contraseña nueva dos veces de la misma forma.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
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
    <message>
        <source>Sync has stopped: %1. Every change made here is kept on this device and is sent once the console or the server has been updated.</source>
        <translation>La sincronización se ha detenido: %1. Todos los cambios realizados aquí se conservan en este dispositivo y se enviarán cuando se haya actualizado la consola o el servidor.</translation>
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
    <name>hss::client::CsatTrendTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Inicio (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfechos</translation>
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
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) read</source>
        <translation>
            <numerusform>%n ticket leído</numerusform>
            <numerusform>%n tickets leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recalculando…</translation>
    </message>
</context>
<context>
    <name>hss::client::DashboardPanel</name>
    <message>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Data…</source>
        <translation>Datos…</translation>
    </message>
    <message>
        <source>Save the data behind this chart as CSV</source>
        <translation>Guardar los datos de este gráfico como CSV</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Guardar datos como CSV…</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>No se pudo escribir la imagen en %1.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
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
        <translation>Inicio (ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Mediana (min)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>Percentil 90 (min)</translation>
    </message>
</context>
<context>
    <name>hss::client::EmergencyTicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixPage</name>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Añadir nivel</translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <source>&amp;Save escalation matrix</source>
        <translation>&amp;Guardar matriz de escalado</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Niveles de escalado</translation>
    </message>
    <message>
        <source>Who is told when an SLA clock reaches an escalation level. People are user names, separated by commas; each must be an active account.</source>
        <translation>A quién se avisa cuando un reloj de SLA alcanza un nivel de escalado. Las personas son nombres de usuario separados por comas; cada uno debe ser una cuenta activa.</translation>
    </message>
    <message>
        <source>Escalation matrix</source>
        <translation>Matriz de escalado</translation>
    </message>
    <message>
        <source>name at least one channel</source>
        <translation>indique al menos un canal</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Escalation matrix saved.</source>
        <translation>Matriz de escalado guardada.</translation>
    </message>
</context>
<context>
    <name>hss::client::EscalationMatrixTableModel</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>People (user names)</source>
        <translation>Personas (nombres de usuario)</translation>
    </message>
    <message>
        <source>Channels (email, slack, sms)</source>
        <translation>Canales (email, slack, sms)</translation>
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
    <message>
        <source>Outcome of the AI decision</source>
        <translation>Resultado de la decisión de la IA</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Near miss (caught before it affected care)</source>
        <translation>Casi incidente (detectado antes de afectar a la atención)</translation>
    </message>
    <message>
        <source>AI &amp;decision was:</source>
        <translation>La &amp;decisión de la IA fue:</translation>
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
    <name>hss::client::HealthAlertTableModel</name>
    <message>
        <source>Overall status</source>
        <translation>Estado general</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>Services down now</source>
        <translation>Servicios caídos ahora</translation>
    </message>
    <message>
        <source>Services degraded now</source>
        <translation>Servicios degradados ahora</translation>
    </message>
    <message>
        <source>State changes (alerts)</source>
        <translation>Cambios de estado (alertas)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) in the period</source>
        <translation>
            <numerusform>%n comprobación en el periodo</numerusform>
            <numerusform>%n comprobaciones en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>affected: %1</source>
        <translation>afectados: %1</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidentes iniciados</translation>
    </message>
    <message>
        <source>Incidents open now</source>
        <translation>Incidentes abiertos ahora</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>hss::client::HealthIncidentTableModel</name>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Abierto (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Cerrado (UTC)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
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
    <name>hss::client::KbArticleEditorDialog</name>
    <message>
        <source>The server cannot be reached, so nothing was saved. Your text is still here: save again once the connection is back.</source>
        <translation>No se puede acceder al servidor, por lo que no se ha guardado nada. Su texto sigue aquí: vuelva a guardar cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <source>The server did not save the article: %1</source>
        <translation>El servidor no guardó el artículo: %1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>Edit “%1” (version %2)</source>
        <translation>Editar «%1» (versión %2)</translation>
    </message>
    <message>
        <source>This translation now matches version %1 of the original</source>
        <translation>Esta traducción corresponde ahora a la versión %1 del original</translation>
    </message>
    <message>
        <source>Translate “%1”</source>
        <translation>Traducir «%1»</translation>
    </message>
    <message>
        <source>Translated from version %1</source>
        <translation>Traducido de la versión %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. en, de, fr, es, pt-BR</source>
        <translation>p. ej., en, de, fr, es, pt-BR</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace al vídeo</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>Article text (HTML)</source>
        <translation>Texto del artículo (HTML)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Text (HTML)</source>
        <translation>Te&amp;xto (HTML)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vista p&amp;revia</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>A few words for the reviewers and the history (optional)</source>
        <translation>Unas palabras para los revisores y el historial (opcional)</translation>
    </message>
    <message>
        <source>Translation up to date with the original</source>
        <translation>Traducción al día con el original</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Enlace al &amp;vídeo:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Qué ha cambiado:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modificado entretanto</translation>
    </message>
    <message>
        <source>Someone else saved a newer version of this article while you were writing. Save your text as the next version anyway? The other change stays in the history and can be compared there.</source>
        <translation>Otra persona guardó una versión más reciente de este artículo mientras usted escribía. ¿Desea guardar de todos modos su texto como la siguiente versión? El otro cambio se conserva en el historial y se puede comparar allí.</translation>
    </message>
    <message>
        <source>Not saved: a newer version exists. Your text is still here.</source>
        <translation>No se ha guardado: existe una versión más reciente. Su texto sigue aquí.</translation>
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
    <message>
        <source>Translation state</source>
        <translation>Estado de la traducción</translation>
    </message>
    <message>
        <source>Translations of this article</source>
        <translation>Traducciones de este artículo</translation>
    </message>
    <message>
        <source>Tra&amp;nslations</source>
        <translation>Tra&amp;ducciones</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · from version %4: out of date</source>
        <translation>%1 · %2 · %3 · de la versión %4: desactualizada</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · up to date</source>
        <translation>%1 · %2 · %3 · al día</translation>
    </message>
    <message>
        <source>No translations yet.</source>
        <translation>Aún no hay traducciones.</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>el original</translation>
    </message>
    <message>
        <source>Translation of “%1” made from version %2; the original is now at version %3, so this translation is out of date.</source>
        <translation>Traducción de «%1» hecha a partir de la versión %2; el original está ahora en la versión %3, por lo que esta traducción está desactualizada.</translation>
    </message>
    <message>
        <source>Translation of “%1”, up to date with its version %2.</source>
        <translation>Traducción de «%1», al día con su versión %2.</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Para editar se necesita una conexión con el servidor.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>Store the text of version %1 as a new version %2? The versions in between stay in the history.</source>
        <translation>¿Desea guardar el texto de la versión %1 como una nueva versión %2? Las versiones intermedias se conservan en el historial.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se ha restaurado</translation>
    </message>
    <message>
        <source>The server did not restore the version: %1</source>
        <translation>El servidor no restauró la versión: %1</translation>
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
    <name>hss::client::KbEditorBar</name>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Send to medical review</source>
        <translation>Enviar a revisión médica</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Aprobar y publicar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Reabrir como borrador</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Draft: readers do not see it until it is reviewed and published.</source>
        <translation>Borrador: los lectores no lo ven hasta que se revise y se publique.</translation>
    </message>
    <message>
        <source>In review: a supervisor or admin checks it, then a medical agent reviews it.</source>
        <translation>En revisión: lo comprueba un supervisor o administrador y, después, lo revisa un agente médico.</translation>
    </message>
    <message>
        <source>In review: waiting for a supervisor or admin.</source>
        <translation>En revisión: a la espera de un supervisor o administrador.</translation>
    </message>
    <message>
        <source>In medical review: waiting for a medical agent to sign it off.</source>
        <translation>En revisión médica: a la espera de que un agente médico lo apruebe.</translation>
    </message>
    <message>
        <source>Published: every reader sees this version. A change goes through review again.</source>
        <translation>Publicado: todos los lectores ven esta versión. Cualquier cambio vuelve a pasar por revisión.</translation>
    </message>
    <message>
        <source>Archived: kept for the record, not shown to readers.</source>
        <translation>Archivado: se conserva como registro, no se muestra a los lectores.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traducir…</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Edit the article</source>
        <translation>Editar el artículo</translation>
    </message>
    <message>
        <source>Translate the article</source>
        <translation>Traducir el artículo</translation>
    </message>
    <message>
        <source>Note for the next step</source>
        <translation>Nota para el siguiente paso</translation>
    </message>
    <message>
        <source>Note for the next step (e.g. what to change)</source>
        <translation>Nota para el siguiente paso (p. ej., qué cambiar)</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Para editar se necesita una conexión con el servidor.</translation>
    </message>
    <message>
        <source>You saved this version: someone else must approve it.</source>
        <translation>Usted guardó esta versión: debe aprobarla otra persona.</translation>
    </message>
    <message>
        <source>Step not taken</source>
        <translation>Paso no realizado</translation>
    </message>
    <message>
        <source>Someone changed this article meanwhile; look at the new version first.</source>
        <translation>Alguien ha modificado este artículo entretanto; consulte primero la nueva versión.</translation>
    </message>
    <message>
        <source>The server refused the step: %1</source>
        <translation>El servidor rechazó el paso: %1</translation>
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
    <message>
        <source>&amp;Restore the older version</source>
        <translation>&amp;Restaurar la versión anterior</translation>
    </message>
    <message>
        <source>Restore the older version as the next version</source>
        <translation>Restaurar la versión anterior como la siguiente versión</translation>
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
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nuevo artículo…</translation>
    </message>
    <message>
        <source>Write a new article</source>
        <translation>Escribir un artículo nuevo</translation>
    </message>
    <message>
        <source>Editing needs a connection to the server.</source>
        <translation>Para editar se necesita una conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>hss::client::KpiCardTableModel</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s), %1 with an impossible time left out</source>
        <translation>
            <numerusform>%n ticket, %1 excluidos por tener un tiempo imposible</numerusform>
            <numerusform>%n tickets, %1 excluidos por tener un tiempo imposible</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Tickets creados</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>en el periodo</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Primera respuesta (mediana)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Resolución (mediana)</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>%1 of %2 answers satisfied</source>
        <translation>%1 de %2 respuestas satisfechas</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Escalation rate</source>
        <translation>Tasa de escalado</translation>
    </message>
    <message>
        <source>%1 of %2 tickets escalated</source>
        <translation>%1 de %2 tickets escalados</translation>
    </message>
    <message>
        <source>Average sentiment</source>
        <translation>Sentimiento medio</translation>
    </message>
    <message>
        <source>-1 … 1</source>
        <translation>-1 … 1</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Adopción clínica</translation>
    </message>
    <message>
        <source>no usage figures in the period</source>
        <translation>no hay cifras de uso en el periodo</translation>
    </message>
    <message>
        <source>%1 of %2 licensed professionals active, %3 – %4</source>
        <translation>%1 de %2 profesionales con licencia activos, %3 – %4</translation>
    </message>
    <message>
        <source>Open emergencies</source>
        <translation>Emergencias abiertas</translation>
    </message>
    <message>
        <source>now, whenever created</source>
        <translation>ahora, independientemente de su creación</translation>
    </message>
    <message>
        <source>Emergency response (median)</source>
        <translation>Respuesta a emergencias (mediana)</translation>
    </message>
    <message>
        <source>Emergencies answered within 30 min</source>
        <translation>Emergencias respondidas en 30 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Medical SLA compliance</source>
        <translation>Cumplimiento del SLA médico</translation>
    </message>
    <message>
        <source>Patient safety score</source>
        <translation>Puntuación de seguridad del paciente</translation>
    </message>
    <message>
        <source>no safety reports in the period</source>
        <translation>no hay informes de seguridad en el periodo</translation>
    </message>
    <message>
        <source>%1 correct, %2 incorrect, %3 near misses</source>
        <translation>%1 correctas, %2 incorrectas, %3 casi incidentes</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
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
    <message>
        <source>System health</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <source>&amp;Support dashboard</source>
        <translation>Panel de &amp;soporte</translation>
    </message>
    <message>
        <source>&amp;Medical dashboard</source>
        <translation>Panel &amp;médico</translation>
    </message>
    <message>
        <source>S&amp;ystem health</source>
        <translation>&amp;Estado del sistema</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administración…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar c&amp;ontraseña…</translation>
    </message>
</context>
<context>
    <name>hss::client::MedicalDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Open emergency tickets</source>
        <translation>Tickets de emergencia abiertos</translation>
    </message>
    <message>
        <source>Medical tickets resolved within SLA</source>
        <translation>Tickets médicos resueltos dentro del SLA</translation>
    </message>
    <message>
        <source>Patient safety (AI decisions)</source>
        <translation>Seguridad del paciente (decisiones de la IA)</translation>
    </message>
    <message>
        <source>Clinical adoption</source>
        <translation>Adopción clínica</translation>
    </message>
    <message>
        <source>% active</source>
        <translation>% activos</translation>
    </message>
    <message>
        <source>No open emergency tickets.</source>
        <translation>No hay tickets de emergencia abiertos.</translation>
    </message>
    <message>
        <source>No usage figures whose reporting period lies within the chosen period.</source>
        <translation>No hay cifras de uso cuyo periodo de informe quede dentro del periodo elegido.</translation>
    </message>
</context>
<context>
    <name>hss::client::NewSlaPolicyDialog</name>
    <message>
        <source>New SLA policy</source>
        <translation>Nueva política de SLA</translation>
    </message>
    <message>
        <source>Priority of the tickets the policy is for</source>
        <translation>Prioridad de los tickets a los que se aplica la política</translation>
    </message>
    <message>
        <source>Category of the tickets the policy is for</source>
        <translation>Categoría de los tickets a los que se aplica la política</translation>
    </message>
    <message>
        <source>Any category (the priority&apos;s fallback)</source>
        <translation>Cualquier categoría (alternativa general de la prioridad)</translation>
    </message>
    <message>
        <source>Business calendar the policy counts in</source>
        <translation>Calendario laboral con el que la política cuenta el tiempo</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>&amp;Add policy</source>
        <translation>&amp;Añadir política</translation>
    </message>
    <message>
        <source>There already is a policy for these tickets (&quot;%1&quot;): change its targets in the table.</source>
        <translation>Ya existe una política para estos tickets (&quot;%1&quot;): cambie sus objetivos en la tabla.</translation>
    </message>
    <message>
        <source>The targets start as those of &quot;%1&quot;, which covers these tickets today.</source>
        <translation>Los objetivos parten de los de &quot;%1&quot;, que cubre actualmente estos tickets.</translation>
    </message>
    <message>
        <source>The targets start at the product&apos;s defaults for this priority.</source>
        <translation>Los objetivos parten de los valores predeterminados del producto para esta prioridad.</translation>
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
    <message>
        <source>Discard the new ticket?</source>
        <translation>¿Descartar el nuevo ticket?</translation>
    </message>
    <message>
        <source>The new ticket is not created yet. Discard what you typed?</source>
        <translation>El nuevo ticket aún no se ha creado. ¿Desea descartar lo que ha escrito?</translation>
    </message>
</context>
<context>
    <name>hss::client::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>lower case letters, digits, . _ -</source>
        <translation>letras minúsculas, dígitos, . _ -</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Teams, separated by commas</source>
        <translation>Equipos, separados por comas</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>E&amp;quipos:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
    <message>
        <source>use 3 or more lower case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>use 3 o más letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>elija al menos un rol</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Envía a</translation>
    </message>
    <message>
        <source>Medical escalation</source>
        <translation>Escalado médico</translation>
    </message>
    <message>
        <source>Sent (24 h)</source>
        <translation>Enviados (24 h)</translation>
    </message>
    <message>
        <source>Failed (24 h)</source>
        <translation>Fallidos (24 h)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
</context>
<context>
    <name>hss::client::NotificationChannelsPage</name>
    <message>
        <source>Notification channels</source>
        <translation>Canales de notificación</translation>
    </message>
    <message>
        <source>Test recipient (optional)</source>
        <translation>Destinatario de prueba (opcional)</translation>
    </message>
    <message>
        <source>optional: an address or phone number; empty sends to the configured one</source>
        <translation>opcional: una dirección o número de teléfono; si se deja vacío, se envía al configurado</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>&amp;Destinatario de prueba:</translation>
    </message>
    <message>
        <source>Send test: %1</source>
        <translation>Enviar prueba: %1</translation>
    </message>
    <message>
        <source>Send a test message through %1</source>
        <translation>Enviar un mensaje de prueba a través de %1</translation>
    </message>
    <message>
        <source>This channel is disabled in the server&apos;s configuration.</source>
        <translation>Este canal está desactivado en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::OrganisationSettingsPage</name>
    <message>
        <source>Closed tickets (days, 0 = keep):</source>
        <translation>Tickets cerrados (días, 0 = conservar):</translation>
    </message>
    <message>
        <source>Audit log, kept at least (days):</source>
        <translation>Registro de auditoría, se conserva al menos (días):</translation>
    </message>
    <message>
        <source>Server health history (days):</source>
        <translation>Historial de estado del servidor (días):</translation>
    </message>
    <message>
        <source>Sent notifications (days):</source>
        <translation>Notificaciones enviadas (días):</translation>
    </message>
    <message>
        <source>Sync change records (days):</source>
        <translation>Registros de cambios de sincronización (días):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Idle lock time in minutes</source>
        <translation>Tiempo de bloqueo por inactividad en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <source>Lock consoles after &amp;idle time:</source>
        <translation>Bloquear las consolas tras un tiempo de &amp;inactividad:</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Retención de datos</translation>
    </message>
    <message>
        <source>The server deletes older data in small batches. The audit log is never deleted early: its period is the least time it is kept.</source>
        <translation>El servidor elimina los datos antiguos en pequeños lotes. El registro de auditoría nunca se elimina antes de tiempo: su periodo es el tiempo mínimo que se conserva.</translation>
    </message>
    <message>
        <source>Idle lock and data retention</source>
        <translation>Bloqueo por inactividad y retención de datos</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Consoles lock after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Configuración guardada. Las consolas se bloquean tras %n minuto sin actividad.</numerusform>
            <numerusform>Configuración guardada. Las consolas se bloquean tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hss::client::OutcomeTableModel</name>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Casi incidente</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>Relojes de SLA</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChangeController</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Para cambiar su contraseña se necesita una conexión con el servidor. Vuelva a intentarlo cuando esté en línea.</translation>
    </message>
</context>
<context>
    <name>hss::client::PasswordChanger</name>
    <message>
        <source>Changing your password needs a connection to the server. Try again when online.</source>
        <translation>Para cambiar su contraseña se necesita una conexión con el servidor. Vuelva a intentarlo cuando esté en línea.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The new password is not accepted: %1</source>
        <translation>La contraseña nueva no se ha aceptado: %1</translation>
    </message>
    <message>
        <source>The server could not be reached; your password is unchanged. (%1)</source>
        <translation>No se ha podido acceder al servidor; su contraseña no ha cambiado. (%1)</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Your password has been changed on the server, but this device&apos;s data is still locked with the old one: %1</source>
        <translation>Su contraseña se ha cambiado en el servidor, pero los datos de este dispositivo siguen bloqueados con la anterior: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Contraseña nueva, otra vez</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>%1 will have to sign in again on every device, with this password.</source>
        <translation>%1 tendrá que volver a iniciar sesión en cada dispositivo, con esta contraseña.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>type the new password</source>
        <translation>escriba la contraseña nueva</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Restableciendo…</translation>
    </message>
</context>
<context>
    <name>hss::client::ResponseTimeTableModel</name>
    <message>
        <source>Start (ms)</source>
        <translation>Inicio (ms)</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
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
    <name>hss::client::ServiceStatusTableModel</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message>
        <source>The last check is older than the monitor&apos;s cycle: the monitor may have stopped.</source>
        <translation>La última comprobación es anterior al ciclo del monitor: es posible que el monitor se haya detenido.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation>Comprobado (UTC)</translation>
    </message>
    <message>
        <source>Uptime 24 h (%)</source>
        <translation>Disponibilidad 24 h (%)</translation>
    </message>
    <message>
        <source>Uptime 7 d (%)</source>
        <translation>Disponibilidad 7 d (%)</translation>
    </message>
    <message>
        <source>Errors 24 h (%)</source>
        <translation>Errores 24 h (%)</translation>
    </message>
    <message>
        <source>Errors 7 d (%)</source>
        <translation>Errores 7 d (%)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
    <name>hss::client::SlaCalendarEditor</name>
    <message>
        <source>Open around the clock (24/7)</source>
        <translation>Abierto las 24 horas (24/7)</translation>
    </message>
    <message>
        <source>Calendar to edit</source>
        <translation>Calendario que editar</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Nombre del calendario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>p. ej., Europe/Berlin</translation>
    </message>
    <message>
        <source>Holidays, one date per line</source>
        <translation>Festivos, una fecha por línea</translation>
    </message>
    <message>
        <source>2026-12-25</source>
        <translation>2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Horario laboral del %1</translation>
    </message>
    <message>
        <source>closed, or e.g. 08:00-12:00, 13:00-18:00</source>
        <translation>cerrado, o p. ej. 08:00-12:00, 13:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Festivos:</translation>
    </message>
    <message>
        <source>%1: write the hours as HH:MM-HH:MM, separated by commas (e.g. 08:00-12:00, 13:00-18:00)</source>
        <translation>%1: escriba las horas como HH:MM-HH:MM, separadas por comas (p. ej., 08:00-12:00, 13:00-18:00)</translation>
    </message>
    <message>
        <source>Holidays: &quot;%1&quot; is not a date like 2026-12-25</source>
        <translation>Festivos: &quot;%1&quot; no es una fecha como 2026-12-25</translation>
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
    <name>hss::client::SlaConfigurationPage</name>
    <message>
        <source>&amp;Save SLA configuration</source>
        <translation>&amp;Guardar configuración de SLA</translation>
    </message>
    <message>
        <source>SLA policies: targets in business minutes</source>
        <translation>Políticas de SLA: objetivos en minutos laborables</translation>
    </message>
    <message>
        <source>Save the SLA policies and calendars</source>
        <translation>Guardar las políticas y calendarios de SLA</translation>
    </message>
    <message>
        <source>Policies (business minutes)</source>
        <translation>Políticas (minutos laborables)</translation>
    </message>
    <message>
        <source>Business calendars</source>
        <translation>Calendarios laborales</translation>
    </message>
    <message>
        <source>SLA policies and calendars</source>
        <translation>Políticas y calendarios de SLA</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved as revision %1. Open tickets are re-planned by the server.</source>
        <translation>Guardado como revisión %1. El servidor vuelve a planificar los tickets abiertos.</translation>
    </message>
    <message>
        <source>&amp;Add policy…</source>
        <translation>&amp;Añadir política…</translation>
    </message>
    <message>
        <source>Re&amp;move policy</source>
        <translation>&amp;Quitar política</translation>
    </message>
    <message>
        <source>Add an SLA policy for a priority and category</source>
        <translation>Añadir una política de SLA para una prioridad y una categoría</translation>
    </message>
    <message>
        <source>Remove the selected SLA policy</source>
        <translation>Quitar la política de SLA seleccionada</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; added: set its targets, then save.</source>
        <translation>Política &quot;%1&quot; añadida: defina sus objetivos y, después, guarde.</translation>
    </message>
    <message>
        <source>Select the policy to remove first.</source>
        <translation>Seleccione primero la política que desea quitar.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; removed: save to apply, or reload to keep it.</source>
        <translation>Política &quot;%1&quot; quitada: guarde para aplicar el cambio o recargue para conservarla.</translation>
    </message>
</context>
<context>
    <name>hss::client::SlaPolicyTableModel</name>
    <message>
        <source>Policy &quot;%1&quot;</source>
        <translation>Política &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
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
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>First response (min)</source>
        <translation>Primera respuesta (min)</translation>
    </message>
    <message>
        <source>Next update (min)</source>
        <translation>Siguiente actualización (min)</translation>
    </message>
    <message>
        <source>Resolution (min)</source>
        <translation>Resolución (min)</translation>
    </message>
    <message>
        <source>Escalate after (min)</source>
        <translation>Escalar tras (min)</translation>
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
    <name>hss::client::SupportDashboardWidget</name>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Tickets by status</source>
        <translation>Tickets por estado</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets by priority</source>
        <translation>Tickets por prioridad</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfechos</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Team performance</source>
        <translation>Rendimiento de los equipos</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
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
    <message>
        <source>Update needed: this console and the server cannot sync (changes kept)</source>
        <translation>Actualización necesaria: esta consola y el servidor no pueden sincronizarse (cambios conservados)</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthService</name>
    <message>
        <source>not connected to the server</source>
        <translation>no hay conexión con el servidor</translation>
    </message>
    <message>
        <source>The server reports itself down; the states are those of its last recorded checks.</source>
        <translation>El servidor indica que está caído; los estados son los de sus últimas comprobaciones registradas.</translation>
    </message>
    <message>
        <source>could not read the check history: %1</source>
        <translation>no se pudo leer el historial de comprobaciones: %1</translation>
    </message>
    <message>
        <source>Incidents are shown to supervisors and admins only.</source>
        <translation>Los incidentes solo se muestran a supervisores y administradores.</translation>
    </message>
    <message>
        <source>Could not read the incidents: %1</source>
        <translation>No se pudieron leer los incidentes: %1</translation>
    </message>
</context>
<context>
    <name>hss::client::SystemHealthWidget</name>
    <message>
        <source>Service status</source>
        <translation>Estado de los servicios</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation>Resumen de alertas</translation>
    </message>
    <message>
        <source>Incident history</source>
        <translation>Historial de incidentes</translation>
    </message>
    <message>
        <source>No health report yet. The figures appear once the console is signed in and online.</source>
        <translation>Aún no hay informe de estado. Las cifras aparecerán cuando la consola haya iniciado sesión y esté en línea.</translation>
    </message>
    <message>
        <source>No timed checks in this period.</source>
        <translation>No hay comprobaciones con tiempo medido en este periodo.</translation>
    </message>
    <message>
        <source>No response times yet.</source>
        <translation>Aún no hay tiempos de respuesta.</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>No hay incidentes en este periodo.</translation>
    </message>
    <message>
        <source>No incident history yet.</source>
        <translation>Aún no hay historial de incidentes.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health…</source>
        <translation>Leyendo el estado del servidor…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Aún no se ha leído.</translation>
    </message>
    <message>
        <source>Could not read the system health: %1</source>
        <translation>No se pudo leer el estado del sistema: %1</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing the figures taken at %2 UTC.</source>
        <translation>No se pudo actualizar (%1). Se muestran las cifras obtenidas el %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Taken at %1 UTC, %n check(s) in the period.</source>
        <translation>
            <numerusform>Datos obtenidos el %1 UTC, %n comprobación en el periodo.</numerusform>
            <numerusform>Datos obtenidos el %1 UTC, %n comprobaciones en el periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server returned the checks since %1 UTC.</source>
        <translation>El servidor devolvió las comprobaciones desde el %1 UTC.</translation>
    </message>
</context>
<context>
    <name>hss::client::TeamPerformanceTableModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Median first response (min)</source>
        <translation>Mediana de primera respuesta (min)</translation>
    </message>
    <message>
        <source>Median resolution (min)</source>
        <translation>Mediana de resolución (min)</translation>
    </message>
    <message>
        <source>SLA compliance (%)</source>
        <translation>Cumplimiento del SLA (%)</translation>
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
    <name>hss::client::TicketCountTableModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
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
    <message>
        <source>History and suggested articles</source>
        <translation>Historial y artículos sugeridos</translation>
    </message>
</context>
<context>
    <name>hss::client::TicketFieldsForm</name>
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
        <source>Choose the assignee from the list, or Unassigned.</source>
        <translation>Elija en la lista a quién asignarlo, o Sin asignar.</translation>
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
    <message>
        <source>Certificates and certification programs</source>
        <translation>Certificados y programas de certificación</translation>
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
    <name>hss::client::UsersPage</name>
    <message>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <source>Account &amp;active (may sign in)</source>
        <translation>Cuenta &amp;activa (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Guardar usuario</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Teams of the selected user, separated by commas</source>
        <translation>Equipos del usuario seleccionado, separados por comas</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Teams:</source>
        <translation>E&amp;quipos:</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>Usuario seleccionado: %1</translation>
    </message>
    <message>
        <source>roles: a user needs at least one role</source>
        <translation>roles: un usuario necesita al menos un rol</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Usuario %1 creado.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Sets a new password for the selected user, who then signs in again everywhere</source>
        <translation>Establece una contraseña nueva para el usuario seleccionado, que después vuelve a iniciar sesión en todas partes</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Contraseña de %1 restablecida.</translation>
    </message>
    <message>
        <source>Your own password is changed in your profile, with the current one.</source>
        <translation>Su propia contraseña se cambia en su perfil, con la contraseña actual.</translation>
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
    <message>
        <source>Support dashboard</source>
        <translation>Panel de soporte</translation>
    </message>
    <message>
        <source>Medical dashboard</source>
        <translation>Panel médico</translation>
    </message>
</context>
</TS>
