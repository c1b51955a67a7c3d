// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <vector>

#include "hss/ArticleStatus.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hss::client {

class KbEditorService;
class KnowledgeBaseService;

/// The editor's line above an open article: where it stands in the review workflow and what the signed-in user may
/// do with it now (edit, submit, request changes, send to medical review, publish, archive, reopen, translate),
/// each step allowed by hss::KbWorkflow. Steps that need someone else (four eyes) or a connection are shown
/// disabled with the reason. Hidden for users who may neither edit nor review.
class KbEditorBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbEditorBar)

public:
    /// Owns neither service; both must outlive the bar.
    KbEditorBar(KbEditorService& editor, KnowledgeBaseService& reader, QWidget* parent = nullptr);

    /// Shows the open article's state and steps (connect to KnowledgeBaseService::articleLoaded).
    void refresh();
    /// The button of the step to \a to, if the bar offers it now; for tests and shortcuts.
    QPushButton* stepButton(ArticleStatus to) const;
    QPushButton* editButton() const { return m_edit; }
    QPushButton* translateButton() const { return m_translate; }

    /// Opens the editor on the open article (also the Ctrl+E shortcut).
    void editArticle();
    void translateArticle();

private:
    void makeStep(ArticleStatus to);
    void clearSteps();

    KbEditorService& m_editor;
    KnowledgeBaseService& m_reader;
    QLabel* m_state;
    QPushButton* m_edit;
    QPushButton* m_translate;
    QLineEdit* m_note;
    QHBoxLayout* m_steps;
    std::vector<std::pair<ArticleStatus, QPushButton*>> m_stepButtons;
};

} // namespace hss::client
