// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace hss::client {

class AdminApi;
struct SyncApiError;

/// What every administration page shares: it loads from the server the first time it is shown (and on Reload),
/// shows a status line (loading, saved, "needs a connection", a conflict, the server's message), and keeps what
/// the admin typed when a request fails. Subclasses put their controls in contentLayout().
class AdminPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPage)

public:
    ~AdminPage() override;

    /// The page's title in the dialog's list.
    virtual QString title() const = 0;
    /// Loads the page unless it was loaded before (called when the page is shown).
    void activate();
    /// Loads again from the server (drops unsaved edits).
    void reload();
    bool isLoaded() const { return m_loaded; }
    /// The status line's text (for tests and screen readers).
    QString statusText() const;
    /// Says whether the server can be reached now and enables or disables the page's actions.
    void updateOnlineState();

signals:
    /// A load or save finished (successfully or not); for tests.
    void settled();

protected:
    AdminPage(AdminApi& api, QWidget* parent);

    AdminApi& api() const { return m_api; }
    QVBoxLayout* contentLayout() const { return m_content; }
    /// Starts loading; call loaded() or failed() when the answer is there.
    virtual void load() = 0;
    /// Enables or disables the page's saving controls (e.g. offline).
    virtual void setActionsEnabled(bool enabled) = 0;
    /// Shows the server's 400 message at the field it names; the default puts it in the status line.
    virtual void showFieldError(const QString& field, const QString& message);

    void loading();
    void loaded();
    void saved(const QString& message);
    /// Sorts a failed request: offline, a conflict (409: offers to reload), a rejected field (400/422) or other.
    void failed(const SyncApiError& error);
    void setStatus(const QString& text, bool problem);
    /// The page saves over the revision it loaded, so a 409 means someone else saved meanwhile (offer a reload);
    /// otherwise a 409 is the server refusing the change (e.g. disabling your own account) and its message is shown.
    void setSavesWithRevision(bool on) { m_savesWithRevision = on; }

private:
    AdminApi& m_api;
    QLabel* m_status;
    QPushButton* m_reload;
    QVBoxLayout* m_content;
    bool m_loaded = false;
    bool m_savesWithRevision = false;
};

} // namespace hss::client
